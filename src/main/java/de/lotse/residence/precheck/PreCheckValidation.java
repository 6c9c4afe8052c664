package de.lotse.residence.precheck;

import de.lotse.residence.precheck.facts.GermanLevel;
import de.lotse.residence.precheck.facts.PermitBasis;
import de.lotse.residence.precheck.facts.ResidenceStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a request before the pre-check, as a pure function. Unparseable dates are the JSON mapper's job; this
 * finds what only makes sense once the values are read: missing evaluation date, unknown codes, periods that end
 * before they start or overlap, a birth date after the evaluation date.
 */
public final class PreCheckValidation {

    private static final String END_BEFORE_START = "Das Ende liegt vor dem Beginn.";
    private static final String START_MISSING = "Der Beginn fehlt.";
    private static final String ENTRY_EMPTY = "Der Eintrag ist leer.";

    private PreCheckValidation() {
    }

    /** All problems of the request; empty if the pre-check can run. */
    public static List<FieldProblem> validate(PreCheckRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            problems.add(new FieldProblem("", "Die Anfrage ist leer."));
            return problems;
        }
        if (request.asOf() == null) {
            problems.add(new FieldProblem("asOf", "Der Stichtag fehlt."));
        }
        legalBases(request.legalBases(), problems);
        PreCheckRequest.Person person = request.person();
        if (person != null) {
            if (person.birthDate() != null && request.asOf() != null && person.birthDate().isAfter(request.asOf())) {
                problems.add(new FieldProblem("person.birthDate", "Das Geburtsdatum liegt nach dem Stichtag."));
            }
            residencePeriods(person.residencePeriods(), problems);
            schoolAttendance(person.schoolAttendance(), problems);
            if (person.germanLevel() != null && GermanLevel.fromCode(person.germanLevel()) == null) {
                problems.add(new FieldProblem("person.germanLevel", "Unbekanntes Sprachniveau „"
                        + person.germanLevel() + "“ (möglich: A1, A2, B1, B2, C1, C2)."));
            }
            convictions(person.convictions(), problems);
        }
        return problems;
    }

    private static void legalBases(List<String> legalBases, List<FieldProblem> problems) {
        if (legalBases == null || legalBases.isEmpty()) {
            problems.add(new FieldProblem("legalBases", "Es ist keine Rechtsgrundlage zur Prüfung angegeben."));
            return;
        }
        for (int i = 0; i < legalBases.size(); i++) {
            String code = legalBases.get(i);
            if (LegalBasis.fromCode(code) == null) {
                problems.add(new FieldProblem("legalBases[" + i + "]", code == null
                        ? "Die Rechtsgrundlage fehlt."
                        : "Unbekannte Rechtsgrundlage „" + code + "“ (möglich: AUFENTHG_25A, AUFENTHG_25B,"
                        + " AUFENTHG_104C, STAG_10)."));
            }
        }
    }

    private static void residencePeriods(List<PreCheckRequest.ResidencePeriod> periods, List<FieldProblem> problems) {
        if (periods == null) {
            return;
        }
        for (int i = 0; i < periods.size(); i++) {
            PreCheckRequest.ResidencePeriod period = periods.get(i);
            String path = "person.residencePeriods[" + i + "]";
            if (period == null) {
                problems.add(new FieldProblem(path, ENTRY_EMPTY));
                continue;
            }
            if (period.status() == null) {
                problems.add(new FieldProblem(path + ".status", "Der Aufenthaltsstatus fehlt."));
            } else if (ResidenceStatus.fromCode(period.status()) == null) {
                problems.add(new FieldProblem(path + ".status",
                        "Unbekannter Aufenthaltsstatus „" + period.status() + "“."));
            }
            dates(path, period.from(), period.to(), problems);
            if (period.legalBasis() != null && PermitBasis.parse(period.legalBasis()) == null) {
                problems.add(new FieldProblem(path + ".legalBasis", "Die Rechtsgrundlage „" + period.legalBasis()
                        + "“ ist nicht lesbar (Beispiele: „104c“, „25a“, „25 Abs. 3“)."));
            }
        }
        overlaps("person.residencePeriods", periods, PreCheckRequest.ResidencePeriod::from,
                PreCheckRequest.ResidencePeriod::to, problems);
    }

    private static void schoolAttendance(List<PreCheckRequest.SchoolAttendance> attendance,
                                         List<FieldProblem> problems) {
        if (attendance == null) {
            return;
        }
        for (int i = 0; i < attendance.size(); i++) {
            PreCheckRequest.SchoolAttendance period = attendance.get(i);
            String path = "person.schoolAttendance[" + i + "]";
            if (period == null) {
                problems.add(new FieldProblem(path, ENTRY_EMPTY));
                continue;
            }
            dates(path, period.from(), period.to(), problems);
        }
        // Overlapping attendance would be counted twice; the brief does not list it, but the count needs it.
        overlaps("person.schoolAttendance", attendance, PreCheckRequest.SchoolAttendance::from,
                PreCheckRequest.SchoolAttendance::to, problems);
    }

    private static void dates(String path, LocalDate from, LocalDate to, List<FieldProblem> problems) {
        if (from == null) {
            problems.add(new FieldProblem(path + ".from", START_MISSING));
        } else if (to != null && to.isBefore(from)) {
            problems.add(new FieldProblem(path + ".to", END_BEFORE_START));
        }
    }

    /** Reports each overlapping pair once, on the period that starts later. */
    private static <T> void overlaps(String listPath, List<T> periods, Function<T, LocalDate> from,
                                     Function<T, LocalDate> to, List<FieldProblem> problems) {
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                T first = periods.get(i);
                T second = periods.get(j);
                if (!usable(first, from, to) || !usable(second, from, to)) {
                    continue;
                }
                if (overlap(from.apply(first), to.apply(first), from.apply(second), to.apply(second))) {
                    boolean secondStartsLater = !from.apply(second).isBefore(from.apply(first));
                    int later = secondStartsLater ? j : i;
                    int earlier = secondStartsLater ? i : j;
                    problems.add(new FieldProblem(listPath + "[" + later + "].from",
                            "Der Zeitraum überschneidet sich mit dem " + (earlier + 1) + ". Zeitraum."));
                }
            }
        }
    }

    private static <T> boolean usable(T period, Function<T, LocalDate> from, Function<T, LocalDate> to) {
        return period != null && from.apply(period) != null
                && (to.apply(period) == null || !to.apply(period).isBefore(from.apply(period)));
    }

    private static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        boolean firstEndsBeforeSecond = to1 != null && to1.isBefore(from2);
        boolean secondEndsBeforeFirst = to2 != null && to2.isBefore(from1);
        return !firstEndsBeforeSecond && !secondEndsBeforeFirst;
    }

    private static void convictions(List<PreCheckRequest.Conviction> convictions, List<FieldProblem> problems) {
        if (convictions == null) {
            return;
        }
        for (int i = 0; i < convictions.size(); i++) {
            PreCheckRequest.Conviction conviction = convictions.get(i);
            String path = "person.convictions[" + i + "]";
            if (conviction == null) {
                problems.add(new FieldProblem(path, ENTRY_EMPTY));
            } else if (conviction.dailyRates() != null && conviction.dailyRates() < 0) {
                problems.add(new FieldProblem(path + ".dailyRates",
                        "Die Zahl der Tagessätze darf nicht negativ sein."));
            }
        }
    }
}
