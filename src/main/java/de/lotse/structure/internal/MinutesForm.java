package de.lotse.structure.internal;

import jakarta.validation.constraints.Size;

/** The minutes of a meeting as the coordinator writes them. {@code version} is the one the coordinator saw. */
record MinutesForm(@Size(max = 50000) String minutes, Integer version) {
}
