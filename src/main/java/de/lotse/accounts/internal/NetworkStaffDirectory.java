package de.lotse.accounts.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Tells the network module who is working (who books an interpreter), which it cannot ask accounts for itself
 * without a cycle between the two modules.
 */
@Component
class NetworkStaffDirectory implements StaffDirectory {

    private final CurrentUser currentUser;
    private final Colleagues colleagues;

    NetworkStaffDirectory(CurrentUser currentUser, Colleagues colleagues) {
        this.currentUser = currentUser;
        this.colleagues = colleagues;
    }

    @Override
    public Optional<StaffMember> current() {
        return currentUser.get().map(NetworkStaffDirectory::member);
    }

    @Override
    public Optional<StaffMember> byUsername(String username) {
        return colleagues.asSignedIn(username).map(NetworkStaffDirectory::member);
    }

    @Override
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        return colleagues.displayNames(ids);
    }

    private static StaffMember member(SignedInUser user) {
        return new StaffMember(user.id(), user.displayName(), user.organisationId());
    }
}
