package de.lotse.network;

/**
 * What an offer is. Labels are in the bundles under {@code offer.kind.<NAME>}.
 */
public enum OfferKind {
    LANGUAGE_COURSE,
    COUNSELLING,
    JOB,
    HOUSING,
    HEALTH,
    CHILDCARE,
    SCHOOL,
    RECOGNITION,
    LEISURE_PARTICIPATION
}
