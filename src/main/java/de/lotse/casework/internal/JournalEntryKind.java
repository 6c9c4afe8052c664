package de.lotse.casework.internal;

/**
 * What a journal entry records: a note, or a contact with the client by one of the ways case managers meet
 * them. German names in the bundles ({@code journal.kind.*}).
 */
enum JournalEntryKind {
    NOTE,
    IN_PERSON,
    PHONE,
    EMAIL,
    VIDEO,
    LETTER,
    OFFICE_VISIT_TOGETHER;

    boolean contact() {
        return this != NOTE;
    }
}
