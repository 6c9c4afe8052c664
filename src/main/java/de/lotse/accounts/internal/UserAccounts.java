package de.lotse.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query("select * from accounts.user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select * from accounts.user_account order by lower(display_name)")
    List<UserAccount> findAllByOrderByDisplayName();
}
