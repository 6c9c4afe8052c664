package de.lotse.casework;

import java.util.UUID;

/**
 * Two records of the same person were merged within an organisation: everything recorded under {@code mergedId}
 * now belongs to {@code keptId}. Modules that keep data by client id (residence facts, say) move theirs.
 */
public record ClientsMerged(UUID mergedId, UUID keptId, UUID organisationId) {
}
