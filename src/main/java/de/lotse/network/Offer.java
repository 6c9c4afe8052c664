package de.lotse.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An offer (Angebot) of an organisation in the network: a language course, a counselling service, a job
 * programme and so on. Offers describe services, not people, so they are not personal data.
 *
 * @param municipalityIds the Kommunen served; empty means the whole district
 * @param targetGroups    free text, because every network names its target groups its own way
 *                        ("Frauen mit kleinen Kindern", "Jugendliche bis 27"); searched as text
 * @param capacity        places in total, if the offer has a limit
 * @param waitingWeeks    the current waiting time in weeks, as the organisation last reported it
 * @param validTo         last day the offer runs; {@code null} when open-ended
 */
public record Offer(
        UUID id,
        UUID organisationId,
        String title,
        OfferKind kind,
        Set<LifeArea> lifeAreas,
        List<String> languages,
        List<String> targetGroups,
        List<UUID> municipalityIds,
        String street,
        String postalCode,
        String city,
        String contactPerson,
        String phone,
        String email,
        String website,
        Integer capacity,
        Integer waitingWeeks,
        LocalDate validFrom,
        LocalDate validTo,
        String description,
        boolean active,
        int version) {

    public Offer {
        lifeAreas = Set.copyOf(lifeAreas);
        languages = List.copyOf(languages);
        targetGroups = List.copyOf(targetGroups);
        municipalityIds = List.copyOf(municipalityIds);
    }

    /** Whether it can be referred to on that day: active and within its validity. */
    public boolean validOn(LocalDate day) {
        return active && !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Whether people of that Kommune can use it. */
    public boolean serves(UUID municipalityId) {
        return municipalityIds.isEmpty() || municipalityIds.contains(municipalityId);
    }

    public boolean districtWide() {
        return municipalityIds.isEmpty();
    }
}
