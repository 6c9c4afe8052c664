package de.lotse.privacy;

/**
 * Which kinds of data a consent covers. German names in the bundles ({@code consent.category.*}).
 */
public enum DataCategory {
    IDENTITY,
    CONTACT,
    RESIDENCE,
    HEALTH,
    EDUCATION_AND_WORK,
    BENEFITS,
    FAMILY,
    CASE_NOTES
}
