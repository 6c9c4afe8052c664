package de.lotse.network;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is working in Lotse, as the network module needs to know it (who booked an interpreter). The accounts
 * module implements it: network sits below accounts and cannot ask it directly without a cycle.
 */
public interface StaffDirectory {

    /** A member of staff: the user id, the name to show and the organisation they work for. */
    record StaffMember(UUID id, String displayName, UUID organisationId) {
    }

    /** The signed-in user of the current request. */
    Optional<StaffMember> current();

    /** The account behind a user name, for demo data acting as a given person. */
    Optional<StaffMember> byUsername(String username);

    Map<UUID, String> displayNames(Collection<UUID> ids);
}
