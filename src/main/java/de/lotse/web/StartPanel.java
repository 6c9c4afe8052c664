package de.lotse.web;

import java.util.Map;

import de.lotse.accounts.SignedInUser;

/**
 * A panel on the start page (due dates for case managers, overdue milestones for coordinators, ...). The
 * start page asks every panel bean, in {@link #order()}, whether it is shown to the signed-in user and renders
 * the fragment {@code panel} of its template with the model it returns.
 */
public interface StartPanel {

    int order();

    boolean shownTo(SignedInUser user);

    /** The template holding {@code th:fragment="panel"}. */
    String template();

    Map<String, Object> model(SignedInUser user);
}
