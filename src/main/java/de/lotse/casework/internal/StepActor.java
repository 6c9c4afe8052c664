package de.lotse.casework.internal;

/** Who takes a step: the client, the case manager, or an organisation of the network. Bundles: {@code step.actor.*}. */
public enum StepActor {
    THE_CLIENT,
    CASE_MANAGER,
    ORGANISATION
}
