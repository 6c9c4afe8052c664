package de.lotse.network;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A search for offers valid on a day. Every criterion is optional; an empty query finds all offers valid on
 * that day.
 *
 * @param text free text: German full-text search over title and description, target groups and
 *             organisation, and trigram similarity for misspelt titles
 */
public record OfferQuery(String text, OfferKind kind, LifeArea lifeArea, String language, UUID municipalityId,
                         LocalDate validOn) {

    public static OfferQuery validOn(LocalDate day) {
        return new OfferQuery(null, null, null, null, null, day);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
