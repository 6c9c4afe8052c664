package de.lotse.structure.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A seat of the Lenkungsgruppe: the function, the member and the deputy, each with an organisation of the network
 * or one typed in, and optionally the user name of their Lotse account. {@code version} is the one the coordinator saw.
 */
record SeatForm(
        @NotNull UUID functionId,
        @NotBlank @Size(max = 200) String memberName,
        UUID memberOrganisationId,
        @Size(max = 200) String memberOrganisation,
        @Size(max = 100) String memberUsername,
        @Size(max = 200) String deputyName,
        UUID deputyOrganisationId,
        @Size(max = 200) String deputyOrganisation,
        @Size(max = 100) String deputyUsername,
        Integer version) {

    static SeatForm forFunction(UUID functionId) {
        return new SeatForm(functionId, "", null, "", "", "", null, "", "", null);
    }

    static SeatForm of(SteeringGroup.Seat seat) {
        SteeringGroup.Person m = seat.member();
        SteeringGroup.Person d = seat.deputy();
        return new SeatForm(seat.functionId(), m.name(), m.organisationId(), m.organisationText(), orEmpty(m.username()),
                d.name(), d.organisationId(), d.organisationText(), orEmpty(d.username()), seat.version());
    }

    boolean hasMemberOrganisation() {
        return memberOrganisationId != null || !blank(memberOrganisation);
    }

    /** Whether anything about a deputy was entered: then the deputy needs a name. */
    boolean mentionsDeputy() {
        return !blank(deputyName) || deputyOrganisationId != null || !blank(deputyOrganisation) || !blank(deputyUsername);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
