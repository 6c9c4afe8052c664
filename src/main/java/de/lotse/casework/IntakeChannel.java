package de.lotse.casework;

/** How the person came to case management (Zugang). German names in the bundles ({@code case.intake.*}). */
public enum IntakeChannel {
    SELF,
    JOBCENTER,
    IMMIGRATION_OFFICE,
    SCHOOL,
    YOUTH_WELFARE_OFFICE,
    SOCIAL_WELFARE_OFFICE,
    WELFARE_ORGANISATION,
    COUNSELLING_SERVICE,
    OTHER
}
