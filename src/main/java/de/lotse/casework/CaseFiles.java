package de.lotse.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to cases and clients for other modules (residence, structure). Every method is scoped to the
 * signed-in user's organisation and audited, exactly like the case and client pages: a case or client of
 * another organisation is "not found".
 */
public interface CaseFiles {

    /** A case of the caller's organisation, audited as a read. */
    Optional<ClientCase> caseOf(UUID caseId);

    /** A client of the caller's organisation, audited as a read. */
    Optional<Client> client(UUID clientId);

    /**
     * The clients of the caller's organisation among these ids (others are left out), each read audited.
     *
     * @param purpose why they are read, as an audit purpose code, e.g. {@code RESIDENCE_SCREENING}
     */
    Map<UUID, Client> clients(Collection<UUID> clientIds, String purpose);

    /** Open cases of the caller's organisation, oldest first, at most {@code limit}; audited as one list read. */
    List<ClientCase> openCases(int limit);
}
