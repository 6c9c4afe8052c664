package de.lotse.casework.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import com.ibm.icu.text.Transliterator;
import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.Client;
import de.lotse.casework.IntakeChannel;
import de.lotse.casework.NewClient;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import net.datafaker.Faker;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The benchmark's data (profile {@code bench-data}, see bench/casework.sh): the demo unit scaled to 100,000 clients
 * with 2,000,000 journal entries. Three in ten people are invented by the same code as the demo clients
 * ({@link DemoClients#invent}), whose few curated names per country make them the common names of the organisation;
 * the others get names from Datafaker in the languages of {@link #SOURCES}, so that a search meets a few hundred
 * namesakes, as in a large organisation, not thousands. All are stored in the same form as registered clients
 * ({@link ClientRegistry#client}); only the writing differs:
 * PostgreSQL's COPY instead of the audited services, because a million audit entries would measure the generator,
 * not Lotse. All clients belong to the Caritas, the demo organisation of the case manager the load signs in as,
 * so every search runs against all 100,000 of them.
 */
@Component
@Profile("bench-data")
@Order(100)
class BenchData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchData.class);

    static final List<String> JOURNAL = List.of(
            "Telefonat: Termin bei der Ausländerbehörde vorbereitet, Unterlagen besprochen",
            "Gespräch im Büro: Stand der Wohnungssuche, zwei Angebote besprochen",
            "Begleitung zum Jobcenter, Antrag auf Bürgergeld abgegeben",
            "E-Mail an die Sprachschule wegen eines Kursplatzes mit Kinderbetreuung",
            "Notiz: Anerkennungsverfahren läuft, Rückmeldung der Bezirksregierung steht aus",
            "Hausbesuch: Schulanmeldung der Kinder besprochen",
            "Telefonat mit der Familienkasse wegen fehlender Unterlagen",
            "Gespräch mit Sprachmittlung: Hilfeplan gemeinsam durchgesehen");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Colleagues colleagues;
    private final Municipalities municipalities;
    private final int clients;
    private final int journalEntries;
    private final Path caseIdsFile;

    BenchData(JdbcClient jdbc, DataSource dataSource, Colleagues colleagues, Municipalities municipalities,
              @Value("${lotse.bench.clients:100000}") int clients,
              @Value("${lotse.bench.journal-entries:2000000}") int journalEntries,
              @Value("${lotse.bench.case-ids-file:target/bench-case-ids.txt}") Path caseIdsFile) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.colleagues = colleagues;
        this.municipalities = municipalities;
        this.clients = clients;
        this.journalEntries = journalEntries;
        this.caseIdsFile = caseIdsFile;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        SignedInUser caseManager = colleagues.asSignedIn("fallmanagement").orElseThrow();
        int present = jdbc.sql("select count(*) from casework.client where organisation_id = :o")
                .param("o", caseManager.organisationId()).query(Integer.class).single();
        if (present < clients) {
            generate(caseManager, clients - present);
        }
        List<String> sample = jdbc.sql("select id::text from casework.client_case where organisation_id = :o order by random() limit 2000")
                .param("o", caseManager.organisationId()).query(String.class).list();
        Files.createDirectories(caseIdsFile.toAbsolutePath().getParent());
        Files.write(caseIdsFile, sample);
        log.info("Benchmark data ready: {} clients, {} cases, {} journal entries; {} case ids in {}",
                count("casework.client"), count("casework.client_case"), count("casework.journal_entry"), sample.size(),
                caseIdsFile.toAbsolutePath());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void generate(SignedInUser caseManager, int n) throws SQLException, IOException {
        long started = System.nanoTime();
        Random random = new Random(100_000L + n);
        Faker faker = new Faker(Locale.GERMANY, random);
        List<Faker> fakers = SOURCES.stream().map(source -> new Faker(Locale.forLanguageTag(source.locale()), random)).toList();
        Transliterator ukrainian = Transliterator.getInstance("Ukrainian-Latin/BGN");
        Transliterator russian = Transliterator.getInstance("Russian-Latin/BGN");
        List<Municipality> kommunen = municipalities.findAllByOrderByName();
        List<UUID> caseIds = new ArrayList<>();
        List<String> clientRows = new ArrayList<>(n);
        List<String> caseRows = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            UUID municipality = kommunen.get(random.nextInt(kommunen.size())).id();
            int share = random.nextInt(100);
            NewClient person;
            if (share < CURATED_PERCENT) {
                person = DemoClients.invent(random, faker, DemoClients.ORIGINS.get(random.nextInt(DemoClients.ORIGINS.size())), municipality);
            } else {
                int source = 0;
                for (int rest = share - CURATED_PERCENT; rest >= SOURCES.get(source).percent(); source++) {
                    rest -= SOURCES.get(source).percent();
                }
                Source from = SOURCES.get(source);
                Transliterator toLatin = from.locale().equals("uk") ? ukrainian : from.locale().equals("ru") ? russian : null;
                person = invent(random, faker, fakers.get(source), from, toLatin, municipality);
            }
            Client c = ClientRegistry.client(UUID.randomUUID(), caseManager.organisationId(), person, 0, now);
            clientRows.add(csv(c.id(), c.organisationId(), c.familyName(), c.givenNames(), c.familyNameOriginal(),
                    c.givenNamesOriginal(), c.birthDate(), c.birthYear(), c.gender(), c.nationalities(), c.languages(),
                    c.interpreterNeeded(), c.phone(), c.street(), c.postalCode(), c.municipalityId(), c.familyKey(),
                    c.givenKey(), array(c.familyCodes()), array(c.givenCodes())));
            if (random.nextInt(4) > 0) {
                UUID caseId = UUID.randomUUID();
                caseIds.add(caseId);
                LocalDate intake = LocalDate.now().minusDays(random.nextInt(3650));
                caseRows.add(csv(caseId, c.id(), caseManager.organisationId(), caseManager.id(),
                        IntakeChannel.values()[random.nextInt(IntakeChannel.values().length)], intake,
                        DemoClients.CONCERNS.get(random.nextInt(DemoClients.CONCERNS.size())),
                        CaseStatus.values()[random.nextInt(CaseStatus.values().length)]));
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy casework.client (id, organisation_id, family_name, given_names, family_name_original, "
                    + "given_names_original, birth_date, birth_year, gender, nationalities, languages, interpreter_needed, phone, "
                    + "street, postal_code, municipality_id, family_key, given_key, family_codes, given_codes) from stdin (format csv)",
                    reader(clientRows.iterator(), Function.identity()));
            copy.copyIn("copy casework.client_case (id, client_id, organisation_id, case_manager_id, intake_channel, intake_date, "
                    + "first_concern, status) from stdin (format csv)", reader(caseRows.iterator(), Function.identity()));
            Random journal = new Random(7);
            Iterator<Integer> entries = java.util.stream.IntStream.range(0, journalEntries).iterator();
            copy.copyIn("copy casework.journal_entry (id, client_case, kind, occurred_at, summary, written_by) from stdin (format csv)",
                    reader(entries, i -> csv(UUID.randomUUID(), caseIds.get(journal.nextInt(caseIds.size())),
                            JOURNAL_KINDS[journal.nextInt(JOURNAL_KINDS.length)],
                            now.minus(journal.nextInt(3650 * 24), ChronoUnit.HOURS),
                            JOURNAL.get(journal.nextInt(JOURNAL.size())), caseManager.id())));
        }
        jdbc.sql("analyze casework.client").update();
        jdbc.sql("analyze casework.client_case").update();
        jdbc.sql("analyze casework.journal_entry").update();
        log.info("Generated {} clients, {} cases and {} journal entries in {} s", n, caseIds.size(), journalEntries,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    static final int CURATED_PERCENT = 30;

    /** A language Datafaker invents names in, with its share of the clients in percent (with the curated 30: 100). */
    record Source(String locale, int percent, String nationality, String languages, boolean interpreter) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("tr", 10, "türkisch", "Türkisch", false),
            new Source("uk", 10, "ukrainisch", "Ukrainisch, Russisch", true),
            new Source("pl", 8, "polnisch", "Polnisch", false),
            new Source("en-PK", 8, "pakistanisch", "Urdu, Englisch", true),
            new Source("ru", 6, "russisch", "Russisch", true),
            new Source("en-NG", 5, "nigerianisch", "Englisch", false),
            new Source("de", 5, "deutsch", "Deutsch", false),
            new Source("hr", 4, "kroatisch", "Kroatisch", false),
            new Source("sq", 4, "albanisch", "Albanisch", true),
            new Source("es", 3, "spanisch", "Spanisch", false),
            new Source("fr", 3, "französisch", "Französisch", false),
            new Source("it", 2, "italienisch", "Italienisch", false),
            new Source("vi", 2, "vietnamesisch", "Vietnamesisch", true));

    /**
     * A person named in the source's language. Names in Cyrillic are kept as the original and written in Latin
     * letters as a passport would (BGN/PCGN, without the soft sign's mark). One in fifty knows no birth year.
     */
    private static NewClient invent(Random random, Faker german, Faker named, Source source, Transliterator toLatin,
                                    UUID municipality) {
        String family = named.name().lastName();
        String given = named.name().firstName();
        String familyLatin = toLatin == null ? family : toLatin.transliterate(family).replace("ʹ", "");
        String givenLatin = toLatin == null ? given : toLatin.transliterate(given).replace("ʹ", "");
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
        int known = random.nextInt(50);
        return new NewClient(familyLatin, givenLatin, toLatin == null ? null : family, toLatin == null ? null : given, null,
                known >= 5 ? born : null, known > 0 ? born.getYear() : null, random.nextBoolean() ? "weiblich" : "männlich",
                source.nationality(), source.languages(), source.interpreter() && random.nextInt(3) > 0,
                german.phoneNumber().cellPhone().replaceAll("[^0-9 +()/-]", ""), null, german.address().streetAddress(),
                "5999" + random.nextInt(10), municipality);
    }

    private static final String[] JOURNAL_KINDS = {"IN_PERSON", "PHONE", "EMAIL", "NOTE"};

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    /** One CSV line; null stays an unquoted empty field, which COPY reads as NULL. */
    private static String csv(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (values[i] != null) {
                line.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        return line.append('\n').toString();
    }

    /** Streams the lines to COPY without holding them all as one string. */
    private static <T> Reader reader(Iterator<T> items, Function<T, String> line) {
        return new Reader() {
            private String current = "";
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                while (position >= current.length()) {
                    if (!items.hasNext()) {
                        return -1;
                    }
                    current = line.apply(items.next());
                    position = 0;
                }
                int n = Math.min(length, current.length() - position);
                current.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

}
