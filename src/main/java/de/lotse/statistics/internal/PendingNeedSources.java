package de.lotse.statistics.internal;

import java.util.Map;

import de.lotse.statistics.MissingOfferFindings;
import de.lotse.statistics.MunicipalityLifeArea;
import de.lotse.statistics.NeedCounts;
import org.springframework.stereotype.Component;

/**
 * TO BE REPLACED: placeholders until casework's assessments and structure's findings exist on main. They return
 * no counts and say so ({@code connected() == false}), and the service gap view shows a note instead of
 * pretending there are no needs. Replace each by an implementation that reads the owning module's API or a read
 * model fed by its events (assessments: HIGH/MEDIUM needs of open cases by the client's Kommune; findings:
 * open findings with category MISSING_OFFER), then delete this file.
 */
class PendingNeedSources {

    @Component
    static class PendingNeedCounts implements NeedCounts {

        @Override
        public Map<MunicipalityLifeArea, Integer> openHighOrMediumNeeds() {
            return Map.of();
        }

        @Override
        public boolean connected() {
            return false;
        }
    }

    @Component
    static class PendingMissingOfferFindings implements MissingOfferFindings {

        @Override
        public Map<MunicipalityLifeArea, Integer> openFindings() {
            return Map.of();
        }

        @Override
        public boolean connected() {
            return false;
        }
    }
}
