package de.lotse.privacy;

/**
 * How the consent was given.
 */
public enum ConsentForm {
    /** Signed on paper; the scan belongs in the case file. */
    SIGNED_PAPER,
    /** Given orally in the presence of an interpreter, who is named. */
    INTERPRETER_PRESENT
}
