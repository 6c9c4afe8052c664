package de.lotse.residence.precheck.facts;

/** The yes/no facts of the request that conditions test, each with the JSON path named when it is missing. */
public enum Fact {
    QUALIFICATION(FactPaths.QUALIFICATION),
    CIVIC_KNOWLEDGE(FactPaths.CIVIC_KNOWLEDGE),
    NATURALISATION_TEST(FactPaths.NATURALISATION_TEST),
    INTEGRATION_COURSE(FactPaths.INTEGRATION_COURSE),
    LIVELIHOOD_SECURED(FactPaths.LIVELIHOOD_SECURED),
    LIVELIHOOD_EMPLOYMENT(FactPaths.LIVELIHOOD_EMPLOYMENT),
    LIVELIHOOD_EXPECTED(FactPaths.LIVELIHOOD_EXPECTED),
    FDGO(FactPaths.FDGO),
    PROGNOSIS(FactPaths.PROGNOSIS),
    IDENTITY(FactPaths.IDENTITY),
    DECEPTION(FactPaths.DECEPTION),
    EXPULSION_INTEREST(FactPaths.EXPULSION_INTEREST),
    MINOR_CHILD(FactPaths.MINOR_CHILD),
    SCHOOL_AGE_CHILDREN(FactPaths.SCHOOL_AGE_CHILDREN),
    ILLNESS(FactPaths.ILLNESS),
    SPECIAL_ACHIEVEMENTS(FactPaths.SPECIAL_ACHIEVEMENTS),
    LOSS_OF_CITIZENSHIP(FactPaths.LOSS_OF_CITIZENSHIP);

    private final String path;

    Fact(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
