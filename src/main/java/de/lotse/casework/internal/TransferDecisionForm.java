package de.lotse.casework.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Accepting, declining or withdrawing a transfer: the version of the transfer the person saw, and for a decline
 * the reason (required there, judged by the service).
 */
record TransferDecisionForm(@NotNull Integer version, @Size(max = 2000) String reason) {
}
