package de.lotse.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The offers of the network, for other modules: casework's referral form picks an offer here, statistics
 * counts the offers that fit a Kommune and life area. Changes go through the offer pages of this module.
 */
public interface Offers {

    Optional<Offer> get(UUID id);

    /** Offers valid on the query's day that match every criterion given, best text matches first. */
    List<Offer> search(OfferQuery query);

    /** Every offer valid on that day, for counting. */
    default List<Offer> validOn(LocalDate day) {
        return search(OfferQuery.validOn(day));
    }

    /** The languages offers are held in, for search forms. */
    List<String> languages();
}
