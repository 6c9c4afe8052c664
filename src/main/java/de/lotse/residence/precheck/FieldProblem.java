package de.lotse.residence.precheck;

/**
 * One problem with the request, for the API's problem details.
 *
 * @param field   JSON path of the field, e.g. {@code person.residencePeriods[1].to}
 * @param message German message for the user, e.g. "Das Ende liegt vor dem Beginn."
 */
public record FieldProblem(String field, String message) {
}
