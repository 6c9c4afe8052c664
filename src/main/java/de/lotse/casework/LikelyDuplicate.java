package de.lotse.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client of the caller's organisation who may be the person being registered.
 *
 * @param score 0 to 1, how alike name and birth year are; results come best first
 */
public record LikelyDuplicate(UUID id, String familyName, String givenNames, LocalDate birthDate, Integer birthYear,
                              double score) {
}
