package de.lotse.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import de.lotse.network.Offer;
import de.lotse.network.Offers;
import de.lotse.statistics.MissingOfferFindings;
import de.lotse.statistics.MunicipalityLifeArea;
import de.lotse.statistics.NeedCounts;
import de.lotse.statistics.ProtectedCount;
import de.lotse.statistics.ProtectedTable;
import de.lotse.statistics.SmallNumbers;
import org.springframework.stereotype.Component;

/**
 * Where needs meet no offer: per Kommune and life area the open needs of the assessments (HIGH or MEDIUM), the
 * offers valid today that serve that Kommune and life area, and the findings "fehlendes Angebot".
 *
 * <p>Needs and findings derive from case data and are protected as whole tables (Kommunen × life areas with
 * totals). The summary by life area takes its numbers from those protected tables (a Kommune's row, or the
 * column totals for the district), never from a second protection of its own: two differently protected views
 * of the same counts could be subtracted from each other. Offers are public facts about services and are shown
 * as they are.
 */
@Component
class ServiceGaps {

    private final NeedCounts needs;
    private final MissingOfferFindings findings;
    private final Offers offers;
    private final Municipalities municipalities;
    private final SmallNumbers smallNumbers;

    ServiceGaps(NeedCounts needs, MissingOfferFindings findings, Offers offers, Municipalities municipalities,
                SmallNumbers smallNumbers) {
        this.needs = needs;
        this.findings = findings;
        this.offers = offers;
        this.municipalities = municipalities;
        this.smallNumbers = smallNumbers;
    }

    /** One life area (or, with {@code lifeArea == null}, all of them) in the summary. */
    record SummaryRow(LifeArea lifeArea, ProtectedCount needs, int offers, ProtectedCount findings) {

        /** Needs or findings, but no fitting offer. */
        public boolean gap() {
            return offers == 0 && (nonZero(needs) || nonZero(findings));
        }

        private static boolean nonZero(ProtectedCount count) {
            return count.withheld() || count.shown() > 0;
        }
    }

    record View(List<Municipality> kommunen, Municipality selected, List<SummaryRow> summary, SummaryRow total,
                ProtectedTable needs, int[][] offers, int[] offersPerKommune, int[] offersPerLifeArea, int offersInDistrict,
                boolean needsConnected, boolean findingsConnected, int threshold) {
    }

    View view(UUID municipalityId, LocalDate day) {
        List<Municipality> kommunen = municipalities.findAllByOrderByName();
        LifeArea[] areas = LifeArea.values();
        ProtectedTable needTable = smallNumbers.protect(matrix(needs.openHighOrMediumNeeds(), kommunen, areas));
        ProtectedTable findingTable = smallNumbers.protect(matrix(findings.openFindings(), kommunen, areas));

        List<Offer> valid = offers.validOn(day);
        int[][] offerMatrix = new int[kommunen.size()][areas.length];
        int[] perKommune = new int[kommunen.size()];
        int[] perArea = new int[areas.length];
        for (Offer offer : valid) {
            for (int k = 0; k < kommunen.size(); k++) {
                if (offer.serves(kommunen.get(k).id())) {
                    perKommune[k]++;
                    for (int a = 0; a < areas.length; a++) {
                        if (offer.lifeAreas().contains(areas[a])) {
                            offerMatrix[k][a]++;
                        }
                    }
                }
            }
            for (int a = 0; a < areas.length; a++) {
                if (offer.lifeAreas().contains(areas[a])) {
                    perArea[a]++;
                }
            }
        }

        int selectedRow = -1;
        for (int k = 0; k < kommunen.size(); k++) {
            if (kommunen.get(k).id().equals(municipalityId)) {
                selectedRow = k;
            }
        }
        List<SummaryRow> summary = new ArrayList<>();
        for (int a = 0; a < areas.length; a++) {
            summary.add(selectedRow < 0
                    ? new SummaryRow(areas[a], needTable.columnTotal(a), perArea[a], findingTable.columnTotal(a))
                    : new SummaryRow(areas[a], needTable.cell(selectedRow, a), offerMatrix[selectedRow][a],
                            findingTable.cell(selectedRow, a)));
        }
        SummaryRow total = selectedRow < 0
                ? new SummaryRow(null, needTable.grandTotal(), valid.size(), findingTable.grandTotal())
                : new SummaryRow(null, needTable.rowTotal(selectedRow), perKommune[selectedRow], findingTable.rowTotal(selectedRow));
        return new View(kommunen, selectedRow < 0 ? null : kommunen.get(selectedRow), summary, total, needTable, offerMatrix,
                perKommune, perArea, valid.size(), needs.connected(), findings.connected(), smallNumbers.threshold());
    }

    private static long[][] matrix(Map<MunicipalityLifeArea, Integer> counts, List<Municipality> kommunen, LifeArea[] areas) {
        long[][] matrix = new long[kommunen.size()][areas.length];
        for (int k = 0; k < kommunen.size(); k++) {
            for (int a = 0; a < areas.length; a++) {
                matrix[k][a] = counts.getOrDefault(new MunicipalityLifeArea(kommunen.get(k).id(), areas[a]), 0);
            }
        }
        return matrix;
    }
}
