package de.lotse.network;

/**
 * The kinds of organisation in a KIM network. The German names are in the message bundles
 * ({@code organisation.type.*}).
 */
public enum OrganisationType {
    INTEGRATION_CENTRE,
    MUNICIPALITY,
    WELFARE_ORGANISATION,
    IMMIGRATION_OFFICE,
    NATURALISATION_OFFICE,
    JOBCENTER,
    EMPLOYMENT_AGENCY,
    SOCIAL_WELFARE_OFFICE,
    YOUTH_WELFARE_OFFICE,
    HEALTH_OFFICE,
    LANGUAGE_COURSE_PROVIDER,
    SCHOOL,
    OTHER
}
