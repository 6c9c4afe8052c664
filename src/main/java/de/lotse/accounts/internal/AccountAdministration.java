package de.lotse.accounts.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.accounts.AccountAudited;
import de.lotse.accounts.AccountView;
import de.lotse.accounts.Role;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators and users do with accounts. Every read and change publishes {@link AccountAudited}
 * inside the transaction, so the audit entry and the change are stored together or not at all.
 */
@Service
@Transactional
public class AccountAdministration {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    AccountAdministration(UserAccounts accounts, Organisations organisations, PasswordEncoder passwordEncoder,
                          ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    public List<AccountView> list() {
        Map<UUID, String> names = organisationNames();
        events.publishEvent(new AccountAudited("READ", null, "list of accounts"));
        return accounts.findAllByOrderByDisplayName().stream().map(a -> view(a, names)).toList();
    }

    public AccountView get(UUID id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        events.publishEvent(new AccountAudited("READ", id, "account"));
        return view(account, organisationNames());
    }

    public UUID create(String username, String displayName, String email, UUID organisationId, Set<Role> roles,
                       String initialPassword) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = UserAccount.create(username, displayName, email, organisationId,
                passwordEncoder.encode(initialPassword), roles);
        try {
            accounts.save(account);
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(username);
        }
        events.publishEvent(new AccountAudited("CREATE", account.id(), "account created with roles " + roles));
        return account.id();
    }

    public void updateProfile(UUID id, String displayName, String email, UUID organisationId, Set<Role> roles,
                              Integer version) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        accounts.save(account.withProfile(displayName, email, organisationId, roles, version));
        events.publishEvent(new AccountAudited("UPDATE", id, "profile and roles " + roles));
    }

    /** An administrator sets a password; the user must choose a new one at the next sign-in. */
    public void resetPassword(UUID id, String newPassword) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        accounts.save(account.withPassword(passwordEncoder.encode(newPassword), true));
        events.publishEvent(new AccountAudited("UPDATE", id, "password reset by administrator"));
    }

    public void setLocked(UUID id, boolean locked) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        accounts.save(account.withLocked(locked));
        events.publishEvent(new AccountAudited("UPDATE", id, locked ? "locked" : "unlocked"));
    }

    /** @return false when the current password does not match */
    public boolean changeOwnPassword(UUID id, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            return false;
        }
        accounts.save(account.withPassword(passwordEncoder.encode(newPassword), false));
        events.publishEvent(new AccountAudited("UPDATE", id, "password changed by its owner"));
        return true;
    }

    private Map<UUID, String> organisationNames() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static AccountView view(UserAccount a, Map<UUID, String> organisationNames) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.organisationId(),
                organisationNames.getOrDefault(a.organisationId(), ""), a.roles(), a.locked(),
                a.passwordChangeRequired(), a.version());
    }

}
