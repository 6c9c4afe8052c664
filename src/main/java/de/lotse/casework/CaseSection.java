package de.lotse.casework;

import java.util.Map;

/**
 * One section of the case page (assessment, help plan, referrals, journal, pre-checks, ...). The case page
 * asks every section bean, in {@link #order()}, for its model and renders the fragment {@code section} of
 * its template, so a new part of case work is a new bean and a new template, not an edit of the case page.
 * A section is only asked for a case the signed-in user may see; it must read personal data through its
 * module's audited path like every other page.
 */
public interface CaseSection {

    /** Position on the case page, ascending; leave gaps (100, 200, ...) for sections to come. */
    int order();

    /** The template holding {@code th:fragment="section"}, e.g. {@code casework/sections/assessment}. */
    String template();

    /** What the fragment needs, under names unique to the section. */
    Map<String, Object> model(ClientCase clientCase);
}
