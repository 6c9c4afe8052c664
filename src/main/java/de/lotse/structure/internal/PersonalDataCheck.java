package de.lotse.structure.internal;

import java.util.List;

/**
 * Whether a free text looks like it contains personal data. Findings must not carry any: the Meldebogen shows
 * what was found and stores nothing until the text is free of it.
 */
interface PersonalDataCheck {

    /** Message keys of the kinds of personal data found (e-mail address, phone number, ...); empty if none. */
    List<String> kindsIn(String text);
}
