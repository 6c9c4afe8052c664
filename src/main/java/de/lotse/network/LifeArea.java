package de.lotse.network;

/**
 * The life areas (Handlungsfelder) of KIM case management, shared by assessments, help plan goals, findings,
 * topics and offers. Labels are in the bundles under {@code lifeArea.<NAME>}.
 */
public enum LifeArea {
    RESIDENCE,
    HOUSING,
    HEALTH,
    LANGUAGE,
    EDUCATION_TRAINING,
    WORK,
    CHILDCARE_SCHOOL,
    RECOGNITION,
    FINANCES_BENEFITS,
    FAMILY,
    FIRST_ORIENTATION
}
