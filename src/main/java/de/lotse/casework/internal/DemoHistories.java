package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.LegalDomain;
import de.lotse.casework.ResidenceStatus;
import de.lotse.network.LifeArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessments, legal domain histories and residence histories for the demo clients with a case, written by their
 * case managers through the audited services. Histories follow the person's arrival: asylum seekers go from the
 * Aufenthaltsgestattung (AsylbLG) to a residence permit (SGB II) or a Duldung, sometimes with the usual weeks
 * without benefits between AsylbLG and SGB II; people from Ukraine hold a § 24 permit; young people also get
 * Jugendhilfe. Some documents expire within the next 60 days, counted from today. Fixed seed; runs once.
 */
@Component
@Profile("demo")
@Order(40)
class DemoHistories implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistories.class);

    private final Assessments assessments;
    private final LegalDomainHistory legalDomains;
    private final ResidenceHistory residence;
    private final Colleagues colleagues;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoHistories(Assessments assessments, LegalDomainHistory legalDomains, ResidenceHistory residence, Colleagues colleagues,
                  JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.assessments = assessments;
        this.legalDomains = legalDomains;
        this.residence = residence;
        this.colleagues = colleagues;
        this.jdbc = jdbc;
    }

    record DemoCase(UUID caseId, UUID clientId, UUID caseManagerId, CaseStatus status, LocalDate intake, Integer birthYear,
                    String nationality) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from casework.residence_period").query(Integer.class).single() > 0
                || jdbc.sql("select count(*) from casework.assessment_entry").query(Integer.class).single() > 0) {
            return;
        }
        Map<UUID, SignedInUser> caseManagers = List.of("fallmanagement", "fallmanagement2", "teamleitung").stream()
                .map(u -> colleagues.asSignedIn(u).orElseThrow())
                .collect(Collectors.toMap(SignedInUser::id, Function.identity()));
        // The order the demo clients were made in, so the same seed gives the same histories.
        List<DemoCase> cases = jdbc.sql("""
                        select k.id, k.client_id, k.case_manager_id, k.status, k.intake_date, c.birth_year, c.nationalities
                        from casework.client_case k join casework.client c on c.id = k.client_id
                        order by c.created_at, k.opened_at""")
                .query((rs, n) -> new DemoCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        CaseStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6), rs.getString(7)))
                .list();
        Random random = new Random(20261121L + 40);
        LocalDate today = LocalDate.now();
        java.util.Set<UUID> clientsDone = new java.util.HashSet<>();
        try {
            // One transaction for all: a commit per change would make the start of a demo or test run much slower.
            transaction.executeWithoutResult(status -> seed(cases, caseManagers, clientsDone, random, today));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo KIM unit: assessments, legal domains and residence histories for {} clients with a case", clientsDone.size());
    }

    private void seed(List<DemoCase> cases, Map<UUID, SignedInUser> caseManagers, java.util.Set<UUID> clientsDone, Random random,
                      LocalDate today) {
        for (DemoCase demo : cases) {
            SignedInUser caseManager = caseManagers.get(demo.caseManagerId());
            if (caseManager == null) {
                continue;
            }
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(caseManager, null, List.of()));
            assess(random, demo);
            if (clientsDone.add(demo.clientId())) {
                histories(random, demo, today);
            }
        }
    }

    private void assess(Random random, DemoCase demo) {
        int areas = switch (demo.status()) {
            case FIRST_CONTACT -> 0;
            case CLEARING -> 3;
            default -> LifeArea.values().length;
        };
        List<LifeArea> order = List.of(LifeArea.LANGUAGE, LifeArea.WORK, LifeArea.HOUSING, LifeArea.RESIDENCE, LifeArea.FINANCES_BENEFITS,
                LifeArea.HEALTH, LifeArea.EDUCATION_TRAINING, LifeArea.RECOGNITION, LifeArea.CHILDCARE_SCHOOL, LifeArea.FAMILY,
                LifeArea.FIRST_ORIENTATION);
        Map<LifeArea, Assessments.Input> assessed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < areas; i++) {
            LifeArea area = order.get(i);
            Need need = need(random, area);
            String[] texts = TEXTS.get(area);
            assessed.put(area, new Assessments.Input(texts[need.ordinal()], need,
                    need == Need.NONE ? null : RESOURCES.get(random.nextInt(RESOURCES.size())), null));
        }
        if (!assessed.isEmpty()) {
            assessments.assessFirstTime(demo.caseId(), assessed);
        }
    }

    /** Language, work and housing are where most people need the most help. */
    private static Need need(Random random, LifeArea area) {
        int roll = random.nextInt(100);
        boolean pressing = area == LifeArea.LANGUAGE || area == LifeArea.WORK || area == LifeArea.HOUSING;
        if (pressing) {
            return roll < 50 ? Need.HIGH : roll < 80 ? Need.MEDIUM : roll < 93 ? Need.LOW : Need.NONE;
        }
        return roll < 12 ? Need.HIGH : roll < 35 ? Need.MEDIUM : roll < 65 ? Need.LOW : Need.NONE;
    }

    private void histories(Random random, DemoCase demo, LocalDate today) {
        String nationality = demo.nationality() == null ? "" : demo.nationality();
        int birthYear = demo.birthYear() == null ? 1985 : demo.birthYear();
        if (nationality.equals("rumänisch")) {
            // EU citizens need no residence title (Freizügigkeit); benefits follow work.
            legalDomains.add(demo.clientId(), random.nextBoolean() ? LegalDomain.SGB_II : LegalDomain.NONE,
                    demo.intake().minusMonths(6 + random.nextInt(30)), null);
            return;
        }
        if (nationality.equals("ukrainisch")) {
            ukrainian(random, demo, today, birthYear);
            return;
        }
        if (nationality.equals("türkisch")) {
            LocalDate arrival = demo.intake().minusMonths(3 + random.nextInt(48));
            boolean settled = random.nextInt(3) == 0;
            residence.add(demo.clientId(), new ResidenceHistory.NewPeriod(settled ? ResidenceStatus.NIEDERLASSUNGSERLAUBNIS
                    : ResidenceStatus.AUFENTHALTSERLAUBNIS, settled ? null : random.nextBoolean() ? "16b" : "18b", arrival, null,
                    settled ? null : expiry(random, today, arrival.plusYears(2))));
            legalDomains.add(demo.clientId(), random.nextInt(4) == 0 ? LegalDomain.SGB_III : LegalDomain.NONE, arrival, null);
            return;
        }
        asylum(random, demo, today, birthYear, nationality);
    }

    private void ukrainian(Random random, DemoCase demo, LocalDate today, int birthYear) {
        LocalDate arrival = LocalDate.of(2022, 3, 1).plusDays(random.nextInt(600));
        if (arrival.isAfter(demo.intake())) {
            arrival = demo.intake().minusDays(30);
        }
        // The § 24 permits were extended to 4 March 2027 by the Council of the EU.
        residence.add(demo.clientId(), new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSERLAUBNIS, "24", arrival, null,
                expiry(random, today, LocalDate.of(2027, 3, 4))));
        LocalDate switchDay = LocalDate.of(2022, 6, 1);
        if (arrival.isBefore(switchDay)) {
            // The Rechtskreiswechsel of 1 June 2022: from AsylbLG to SGB II.
            legalDomains.add(demo.clientId(), LegalDomain.ASYLBLG, arrival, switchDay.minusDays(1));
            legalDomains.add(demo.clientId(), livelihood(birthYear, switchDay), switchDay, null);
        } else {
            legalDomains.add(demo.clientId(), livelihood(birthYear, arrival), arrival, null);
        }
        youth(random, demo, birthYear, arrival);
    }

    private void asylum(Random random, DemoCase demo, LocalDate today, int birthYear, String nationality) {
        LocalDate arrival = demo.intake().minusMonths(2 + random.nextInt(54));
        LocalDate decision = arrival.plusMonths(6 + random.nextInt(18));
        boolean protection = !nationality.equals("guineisch") && random.nextInt(10) < 7;
        if (decision.isAfter(today.minusDays(30))) {
            // Still in the asylum procedure.
            residence.add(demo.clientId(), new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSGESTATTUNG, null, arrival, null,
                    expiry(random, today, today.plusMonths(2 + random.nextInt(4)))));
            legalDomains.add(demo.clientId(), LegalDomain.ASYLBLG, arrival, null);
            youth(random, demo, birthYear, arrival);
            return;
        }
        residence.add(demo.clientId(), new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSGESTATTUNG, null, arrival,
                decision.minusDays(1), decision.minusDays(1)));
        if (protection) {
            String basis = random.nextInt(3) == 0 ? "25 Abs. 2" : random.nextBoolean() ? "25 Abs. 1" : "25 Abs. 3";
            residence.add(demo.clientId(), new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSERLAUBNIS, basis, decision, null,
                    expiry(random, today, decision.plusYears(3))));
            LocalDate benefitsFrom = decision.plusMonths(1).withDayOfMonth(1);
            // The weeks between the last AsylbLG payment and the first from the Jobcenter, as they often happen.
            boolean gap = random.nextInt(5) == 0;
            legalDomains.add(demo.clientId(), LegalDomain.ASYLBLG, arrival, benefitsFrom.minusDays(gap ? 15 + random.nextInt(30) : 1));
            legalDomains.add(demo.clientId(), livelihood(birthYear, benefitsFrom), benefitsFrom, null);
        } else {
            boolean unclearIdentity = random.nextInt(4) == 0;
            LocalDate toleratedUntil = today.plusMonths(1 + random.nextInt(5));
            residence.add(demo.clientId(), new ResidenceHistory.NewPeriod(unclearIdentity ? ResidenceStatus.DULDUNG_UNGEKLAERTE_IDENTITAET
                    : ResidenceStatus.DULDUNG, null, decision, null, expiry(random, today, toleratedUntil)));
            legalDomains.add(demo.clientId(), LegalDomain.ASYLBLG, arrival, null);
        }
        youth(random, demo, birthYear, arrival);
    }

    /** Over the pension age the SGB XII secures the living, before it the SGB II. */
    private static LegalDomain livelihood(int birthYear, LocalDate from) {
        return from.getYear() - birthYear >= 67 ? LegalDomain.SGB_XII : LegalDomain.SGB_II;
    }

    /** Jugendhilfe (SGB VIII) alongside for people who came before they were 21, until then or two years on. */
    private void youth(Random random, DemoCase demo, int birthYear, LocalDate arrival) {
        LocalDate twentyFirst = LocalDate.of(birthYear + 21, 1, 1);
        if (arrival.isBefore(twentyFirst)) {
            LocalDate end = arrival.plusYears(1 + random.nextInt(2));
            legalDomains.add(demo.clientId(), LegalDomain.SGB_VIII, arrival, end.isBefore(twentyFirst) ? end : twentyFirst.minusDays(1));
        }
    }

    /** About one document in six expires within the next 60 days, a few have expired already. */
    private static LocalDate expiry(Random random, LocalDate today, LocalDate planned) {
        int roll = random.nextInt(18);
        if (roll < 3) {
            return today.plusDays(3 + random.nextInt(57));
        }
        if (roll == 3) {
            return today.minusDays(1 + random.nextInt(20));
        }
        return planned.isAfter(today.plusDays(60)) ? planned : today.plusDays(90 + random.nextInt(300));
    }

    private static final List<String> RESOURCES = List.of(
            "Sehr motiviert, gute Unterstützung durch Nachbarn",
            "Bruder lebt in der Stadt und hilft bei Behördengängen",
            "Berufserfahrung im Herkunftsland, gute Englischkenntnisse",
            "Engagierte Ehrenamtliche aus der Kirchengemeinde begleiten",
            "Kann sich gut selbst organisieren, nutzt Online-Angebote",
            "Kontakt zur Migrationsberatung besteht bereits");

    /** Per life area one situation for each need, from none to high. */
    private static final Map<LifeArea, String[]> TEXTS = new EnumMap<>(Map.ofEntries(
            Map.entry(LifeArea.RESIDENCE, new String[] {"Aufenthalt gesichert, nichts zu tun",
                    "Verlängerung steht in einigen Monaten an", "Unterlagen für die Verlängerung fehlen teilweise",
                    "Aufenthalt ungesichert, Beratung zur Bleibeperspektive nötig"}),
            Map.entry(LifeArea.HOUSING, new String[] {"Eigene Wohnung, Mietvertrag unbefristet",
                    "Wohnung zu klein, sucht mittelfristig", "Lebt in der Gemeinschaftsunterkunft, sucht aktiv",
                    "Seit über einem Jahr in der Gemeinschaftsunterkunft, keine Wohnung in Sicht"}),
            Map.entry(LifeArea.HEALTH, new String[] {"Keine gesundheitlichen Einschränkungen",
                    "Hausarzt vorhanden, Vorsorge steht aus", "Chronische Erkrankung, Facharzttermine schwer zu bekommen",
                    "Psychische Belastung, Therapieplatz dringend gesucht"}),
            Map.entry(LifeArea.LANGUAGE, new String[] {"Deutsch auf Niveau B2 oder besser",
                    "B1 erreicht, Berufssprachkurs geplant", "Integrationskurs begonnen, Niveau A2",
                    "Kaum Deutschkenntnisse, kein Kursplatz mit Kinderbetreuung"}),
            Map.entry(LifeArea.EDUCATION_TRAINING, new String[] {"Keine Bildungs- oder Ausbildungsfragen",
                    "Interesse an einer Ausbildung, Beratung vereinbart", "Schulabschluss fehlt, Nachholen geplant",
                    "Ausbildung abgebrochen, Anschluss ungeklärt"}),
            Map.entry(LifeArea.WORK, new String[] {"In sozialversicherungspflichtiger Beschäftigung",
                    "Minijob, sucht mehr Stunden", "Arbeitssuchend, beim Jobcenter gemeldet",
                    "Ohne Arbeit, Arbeitsmarktzugang noch ungeklärt"}),
            Map.entry(LifeArea.CHILDCARE_SCHOOL, new String[] {"Keine Kinder im Kita- oder Schulalter",
                    "Kinder gut in Kita und Schule angekommen", "Kitaplatz für das jüngste Kind fehlt",
                    "Schulpflichtiges Kind noch ohne Schulplatz"}),
            Map.entry(LifeArea.RECOGNITION, new String[] {"Kein ausländischer Abschluss vorhanden",
                    "Anerkennungsverfahren läuft", "Zeugnisse liegen vor, Übersetzung fehlt",
                    "Abschluss ohne Nachweise, Anerkennung unklar"}),
            Map.entry(LifeArea.FINANCES_BENEFITS, new String[] {"Lebensunterhalt gesichert",
                    "Leistungen laufen, Weiterbewilligung beantragt", "Schulden bei Energieversorger",
                    "Leistungen eingestellt, Antrag beim neuen Träger offen"}),
            Map.entry(LifeArea.FAMILY, new String[] {"Familie lebt zusammen, keine Fragen",
                    "Familiennachzug für Ehepartner in Vorbereitung", "Konflikte in der Familie, Beratung angeboten",
                    "Kinder noch im Herkunftsland, Familiennachzug blockiert"}),
            Map.entry(LifeArea.FIRST_ORIENTATION, new String[] {"Kennt sich vor Ort gut aus",
                    "Braucht Hilfe bei digitalen Anträgen", "Orientierung im Hilfesystem noch schwierig",
                    "Neu angekommen, kennt keine Anlaufstellen"})));
}
