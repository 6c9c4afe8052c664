package de.lotse.casework.internal;

import java.util.UUID;

import de.lotse.casework.Client;
import org.springframework.data.repository.ListCrudRepository;

interface Clients extends ListCrudRepository<Client, UUID> {
}
