package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
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
 * Appointments, deadlines and journals for the open demo cases, written once by their case managers through
 * the same audited services as real work: past and upcoming appointments (some with an interpreter), deadlines
 * overdue, due this week and documents running out within 60 days, and 5 to 30 journal entries per case with a
 * few small PDF documents. Dates are relative to the day of the first start; a fixed seed does the rest.
 */
@Component
@Profile("demo")
@Order(42)
class DemoCalendar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalendar.class);

    record OpenCase(UUID id, UUID caseManagerId, LocalDate intakeDate, boolean interpreter, String languages) {
    }

    static final List<String> PLACES = List.of("Beratungsraum 1, KIM-Büro", "Beratungsraum 2, KIM-Büro",
            "Ausländerbehörde, Zimmer 114", "Jobcenter Lotsenbrück, Eingangszone", "Sozialamt, Zimmer 23",
            "Familienzentrum Am Markt", "Video (Link per E-Mail)", "Sprachkursträger, Raum 3");

    static final List<String> APPOINTMENT_NOTES = List.of("Unterlagen zum Aufenthalt mitbringen lassen",
            "Gehaltsnachweise und Mietvertrag", "Antrag gemeinsam ausfüllen", "Rückmeldung der Behörde besprechen", "");

    static final List<String[]> DEADLINES = List.of(
            new String[] {"RESIDENCE_DOCUMENT_EXPIRY", "Aufenthaltserlaubnis läuft ab, Verlängerung beantragen"},
            new String[] {"DULDUNG_EXPIRY", "Duldung läuft ab, Termin bei der Ausländerbehörde vereinbaren"},
            new String[] {"OFFICE_ANSWER", "Antwort des Jobcenters auf den Weiterbewilligungsantrag"},
            new String[] {"OFFICE_ANSWER", "Bescheid der Familienkasse zum Kindergeld"},
            new String[] {"COURSE_START", "Beginn des Integrationskurses (Modul 1)"},
            new String[] {"OTHER", "Unterlagen für die Anerkennungsstelle nachreichen"});

    static final Map<JournalEntryKind, List<String>> SUMMARIES = Map.of(
            JournalEntryKind.NOTE, List.of("Unterlagen für den Antrag auf Anerkennung zusammengestellt, es fehlt noch die Übersetzung des Zeugnisses.",
                    "Rücksprache mit der Kita-Leitung: Platz ab dem nächsten Monat wahrscheinlich.",
                    "Wohnungsangebot der Wohnungsbaugesellschaft weitergeleitet.",
                    "Nächsten Schritt im Hilfeplan festgehalten: Bewerbungsunterlagen gemeinsam erstellen."),
            JournalEntryKind.IN_PERSON, List.of("Erstgespräch im Büro: Anliegen, Familie und bisherige Kontakte zu Behörden besprochen.",
                    "Gespräch zum Stand der Wohnungssuche; zwei Besichtigungstermine vereinbart.",
                    "Bescheid des Jobcenters gemeinsam durchgesehen und erklärt.",
                    "Gespräch über den Integrationskurs und die Kinderbetreuung während des Kurses."),
            JournalEntryKind.PHONE, List.of("Telefonat: Termin bei der Ausländerbehörde bestätigt.",
                    "Kurzer Anruf, Frage zur Krankenversicherung geklärt.",
                    "Rückruf wegen des Schreibens der Familienkasse; Unterlagen werden nachgereicht."),
            JournalEntryKind.EMAIL, List.of("E-Mail an die Anerkennungsstelle mit der Bitte um Sachstand.",
                    "Unterlagen per E-Mail vom Sprachkursträger erhalten."),
            JournalEntryKind.VIDEO, List.of("Videogespräch mit Sprachmittlung: Fragen zum Arbeitsvertrag besprochen."),
            JournalEntryKind.LETTER, List.of("Schreiben an das Sozialamt zur Übernahme der Kaution aufgesetzt.",
                    "Brief der Ausländerbehörde erhalten und mit der Person besprochen."),
            JournalEntryKind.OFFICE_VISIT_TOGETHER, List.of("Gemeinsam bei der Ausländerbehörde: Fiktionsbescheinigung ausgestellt.",
                    "Gemeinsamer Termin im Jobcenter, Antrag auf Weiterbewilligung abgegeben."));

    private final CaseCalendar calendar;
    private final CaseJournal journal;
    private final Colleagues colleagues;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoCalendar(CaseCalendar calendar, CaseJournal journal, Colleagues colleagues, JdbcClient jdbc,
                 PlatformTransactionManager transactionManager) {
        this.calendar = calendar;
        this.journal = journal;
        this.colleagues = colleagues;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from casework.journal_entry)").query(Boolean.class).single()) {
            return;
        }
        Map<UUID, SignedInUser> caseManagers = new HashMap<>();
        for (String username : List.of("fallmanagement", "fallmanagement2", "teamleitung")) {
            colleagues.asSignedIn(username).ifPresent(user -> caseManagers.put(user.id(), user));
        }
        List<OpenCase> cases = jdbc.sql("""
                        select c.id, c.case_manager_id, c.intake_date, coalesce(cl.interpreter_needed, false), cl.languages
                        from casework.client_case c join casework.client cl on cl.id = c.client_id
                        where c.status <> 'CLOSED'
                        order by cl.family_name, cl.given_names, c.intake_date, c.first_concern, cl.birth_year
                        """)
                .query((rs, n) -> new OpenCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getString(5)))
                .list();
        Random random = new Random(20261121_42L);
        LocalDate today = LocalDate.now(CaseCalendar.ZONE);
        int seeded = 0;
        try {
            for (int i = 0; i < cases.size(); i++) {
                OpenCase openCase = cases.get(i);
                SignedInUser caseManager = caseManagers.get(openCase.caseManagerId());
                if (caseManager == null) {
                    continue;
                }
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caseManager, null, List.of()));
                boolean withDocument = i % 12 == 0;
                // One transaction per case rather than per entry: a few thousand commits less at first start.
                transactions.executeWithoutResult(status -> seed(openCase, random, today, withDocument));
                seeded++;
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo KIM unit: appointments, deadlines and journals for {} open cases", seeded);
    }

    private void seed(OpenCase openCase, Random random, LocalDate today, boolean withDocument) {
        int appointments = random.nextInt(4);
        for (int a = 0; a < appointments; a++) {
            LocalDate day = today.plusDays(random.nextInt(50) - 25);
            LocalTime start = LocalTime.of(9 + random.nextInt(6), random.nextBoolean() ? 0 : 30);
            boolean interpreter = openCase.interpreter() && random.nextBoolean();
            String language = interpreter && openCase.languages() != null ? openCase.languages().split(",")[0].strip() : null;
            String notes = APPOINTMENT_NOTES.get(random.nextInt(APPOINTMENT_NOTES.size()));
            calendar.addAppointment(openCase.id(), new AppointmentForm(day, start, start.plusMinutes(random.nextBoolean() ? 60 : 90),
                    PLACES.get(random.nextInt(PLACES.size())), interpreter ? "Sprachmittler:in aus dem KI-Pool" : null, interpreter,
                    language, notes, null));
        }
        int deadlines = random.nextInt(4);
        for (int d = 0; d < deadlines; d++) {
            String[] deadline = DEADLINES.get(random.nextInt(DEADLINES.size()));
            DeadlineKind kind = DeadlineKind.valueOf(deadline[0]);
            // Overdue, this week, within 60 days (documents) or later.
            LocalDate due = switch (random.nextInt(4)) {
                case 0 -> today.minusDays(1 + random.nextInt(20));
                case 1 -> today.plusDays(random.nextInt(6));
                case 2 -> today.plusDays(7 + random.nextInt(50));
                default -> today.plusDays(60 + random.nextInt(120));
            };
            UUID id = calendar.addDeadline(openCase.id(), new DeadlineForm(kind, due, deadline[1], null));
            if (due.isBefore(today) && random.nextInt(3) == 0) {
                calendar.markDone(openCase.id(), id, due, 0);
            }
        }
        int entries = 5 + random.nextInt(26);
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(openCase.intakeDate(), today));
        JournalEntryKind[] kinds = JournalEntryKind.values();
        List<CaseJournal.Imported> journalEntries = new java.util.ArrayList<>();
        for (int e = 0; e < entries; e++) {
            JournalEntryKind kind = kinds[random.nextInt(kinds.length)];
            List<String> texts = SUMMARIES.get(kind);
            Instant at = openCase.intakeDate().plusDays(span * e / entries).atTime(8 + random.nextInt(9), random.nextInt(4) * 15)
                    .atZone(CaseCalendar.ZONE).toInstant();
            if (at.isAfter(Instant.now())) {
                at = Instant.now().minusSeconds(3600L * (e + 1));
            }
            CaseJournal.Upload upload = withDocument && e == entries - 1
                    ? new CaseJournal.Upload("gespraechsvermerk.pdf", "application/pdf", TinyPdf.withText("Gespraechsvermerk (Demo)"))
                    : null;
            journalEntries.add(new CaseJournal.Imported(kind, at, texts.get(random.nextInt(texts.size())), upload));
        }
        journal.importEntries(openCase.id(), journalEntries);
    }
}
