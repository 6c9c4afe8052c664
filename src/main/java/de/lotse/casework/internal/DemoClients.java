package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.ClosureReason;
import de.lotse.casework.IntakeChannel;
import de.lotse.casework.NewClient;
import de.lotse.network.Municipalities;
import de.lotse.network.LifeArea;
import de.lotse.network.Municipality;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * About 300 invented clients for the demo KIM unit, with consents and cases in every state, created once by the
 * demo case managers through the same audited services as real work. Names come from curated lists of the
 * main countries of origin, in Latin letters and, where people write them so, in the original script.
 * Addresses and phone numbers are invented by Datafaker. A fixed seed gives every installation the same unit.
 */
@Component
@Profile("demo")
@Order(30)
class DemoClients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClients.class);
    static final int CLIENTS = 300;

    record Origin(String nationality, String languages, boolean interpreter, List<String[]> families, List<String[]> givenNames) {
    }

    static final List<Origin> ORIGINS = List.of(
            new Origin("syrisch", "Arabisch", true,
                    List.of(n("Al-Hassan", "الحسن"), n("Haddad", "حداد"), n("Khalil", "خليل"), n("Al-Ahmad", "الأحمد"),
                            n("Darwish", "درويش"), n("Nasser", "ناصر"), n("Saleh", "صالح"), n("Youssef", "يوسف")),
                    List.of(n("Mohammed", "محمد"), n("Ahmad", "أحمد"), n("Omar", "عمر"), n("Khaled", "خالد"), n("Fatima", "فاطمة"),
                            n("Aisha", "عائشة"), n("Layla", "ليلى"), n("Rania", "رانيا"), n("Nour", "نور"))),
            new Origin("afghanisch", "Dari, Paschtu", true,
                    List.of(n("Ahmadi", "احمدی"), n("Hosseini", "حسینی"), n("Rahimi", "رحیمی"), n("Karimi", "کریمی"), n("Sultani", "سلطانی")),
                    List.of(n("Ali", "علی"), n("Mahmood", "محمود"), n("Farid", "فرید"), n("Zahra", "زهرا"), n("Maryam", "مریم"), n("Parisa", "پریسا"))),
            new Origin("ukrainisch", "Ukrainisch, Russisch", true,
                    List.of(n("Kovalenko", "Коваленко"), n("Shevchenko", "Шевченко"), n("Bondarenko", "Бондаренко"),
                            n("Tkachenko", "Ткаченко"), n("Melnyk", "Мельник")),
                    List.of(n("Oleksandr", "Олександр"), n("Andrii", "Андрій"), n("Iryna", "Ірина"), n("Olena", "Олена"), n("Yuliia", "Юлія"))),
            new Origin("türkisch", "Türkisch", false,
                    List.of(n("Yılmaz", null), n("Demir", null), n("Kaya", null), n("Şahin", null), n("Çelik", null)),
                    List.of(n("Mehmet", null), n("Ayşe", null), n("Emre", null), n("Zeynep", null), n("Murat", null))),
            new Origin("eritreisch", "Tigrinya", true,
                    List.of(n("Tesfay", "ተስፋይ"), n("Gebremedhin", "ገብረመድህን"), n("Haile", "ሃይለ")),
                    List.of(n("Yonas", "ዮናስ"), n("Senait", "ሰናይት"), n("Filmon", "ፍሊሞን"), n("Helen", "ሄለን"))),
            new Origin("irakisch", "Kurdisch (Kurmanci), Arabisch", true,
                    List.of(n("Hamad", null), n("Ibrahim", null), n("Mustafa", null), n("Murad", null)),
                    List.of(n("Dilan", null), n("Rojin", null), n("Aram", null), n("Hozan", null))),
            new Origin("guineisch", "Französisch, Pular", true,
                    List.of(n("Diallo", null), n("Bah", null), n("Camara", null), n("Sow", null)),
                    List.of(n("Mamadou", null), n("Fatoumata", null), n("Ibrahima", null), n("Aissatou", null))),
            new Origin("rumänisch", "Rumänisch", false,
                    List.of(n("Popescu", null), n("Ionescu", null), n("Dumitru", null)),
                    List.of(n("Andrei", null), n("Elena", null), n("Ioana", null), n("Mihai", null))));

    private final ClientRegistry clients;
    private final CaseWork caseWork;
    private final ConsentLedger consents;
    private final Colleagues colleagues;
    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final CaseFindings findings;

    DemoClients(ClientRegistry clients, CaseWork caseWork, ConsentLedger consents, Colleagues colleagues,
                Municipalities municipalities, JdbcClient jdbc, CaseFindings findings) {
        this.findings = findings;
        this.clients = clients;
        this.caseWork = caseWork;
        this.consents = consents;
        this.colleagues = colleagues;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from casework.client").query(Integer.class).single() > 0) {
            return;
        }
        Random random = new Random(20261121L);
        Faker faker = new Faker(Locale.GERMANY, random);
        List<Municipality> kommunen = municipalities.findAllByOrderByName();
        List<SignedInUser> caseManagers = List.of("fallmanagement", "fallmanagement2", "teamleitung").stream()
                .map(u -> colleagues.asSignedIn(u).orElseThrow()).toList();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                SignedInUser caseManager = caseManagers.get(random.nextInt(caseManagers.size()));
                SecurityContextHolder.getContext().setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(caseManager, null, List.of()));
                createOne(random, faker, kommunen);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo KIM unit: {} invented clients with consents and cases", CLIENTS);
    }

    private void createOne(Random random, Faker faker, List<Municipality> kommunen) {
        Origin origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
        UUID municipality = kommunen.get(random.nextInt(kommunen.size())).id();
        UUID client = clients.register(invent(random, faker, origin, municipality));
        if (random.nextInt(4) == 0) {
            return;
        }
        LocalDate intake = LocalDate.now().minusDays(random.nextInt(730));
        consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.CASE_MANAGEMENT, Set.of(),
                Set.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.RESIDENCE, DataCategory.EDUCATION_AND_WORK),
                intake, origin.interpreter() ? ConsentForm.INTERPRETER_PRESENT : ConsentForm.SIGNED_PAPER,
                origin.interpreter() ? "Sprachmittlung des KI-Pools" : null, null));
        if (random.nextBoolean()) {
            consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.ANONYMISED_FINDINGS, Set.of(), Set.of(DataCategory.CASE_NOTES),
                    intake, ConsentForm.SIGNED_PAPER, null, null));
        }
        UUID opened = caseWork.open(client, IntakeChannel.values()[random.nextInt(IntakeChannel.values().length)], intake,
                CONCERNS.get(random.nextInt(CONCERNS.size())));
        if (random.nextInt(5) == 0) {
            DemoFinding finding = FINDINGS.get(random.nextInt(FINDINGS.size()));
            findings.raise(opened, new FindingForm(finding.lifeArea(), finding.category(), List.of(), municipality, finding.description()));
        }
        int steps = random.nextInt(6);
        int version = 0;
        for (int step = 0; step < steps && step < 4; step++) {
            caseWork.advance(opened, version++);
        }
        if (steps == 5) {
            caseWork.close(opened, ClosureReason.values()[random.nextInt(ClosureReason.values().length)], version);
        }
    }

    /** An invented person of the given origin; the benchmark data generator uses the same invention, scaled. */
    static NewClient invent(Random random, Faker faker, Origin origin, UUID municipality) {
        String[] family = pick(random, origin.families());
        String[] given = pick(random, origin.givenNames());
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
        boolean dateKnown = random.nextInt(10) > 0;
        return new NewClient(family[0], given[0], family[1], given[1], null,
                dateKnown ? born : null, born.getYear(), random.nextBoolean() ? "weiblich" : "männlich", origin.nationality(),
                origin.languages(), origin.interpreter() && random.nextInt(3) > 0, faker.phoneNumber().cellPhone().replaceAll("[^0-9 +()/-]", ""),
                null, faker.address().streetAddress(), "5999" + random.nextInt(10), municipality);
    }

    record DemoFinding(LifeArea lifeArea, String category, String description) {
    }

    /** Barriers as KIM case managers report them; none names a person. */
    static final List<DemoFinding> FINDINGS = List.of(
            new DemoFinding(LifeArea.WORK, "LEGAL_RESTRICTION", "Die Wohnsitzauflage verhindert die Aufnahme einer Arbeit in der Nachbarstadt."),
            new DemoFinding(LifeArea.WORK, "WAITING_TIME", "Die Beschäftigungserlaubnis dauert länger, als Arbeitgeber eine Stelle freihalten."),
            new DemoFinding(LifeArea.LANGUAGE, "MISSING_OFFER", "Integrationskurse mit Kinderbetreuung fehlen; Mütter mit Kleinkindern warten ohne Kurs."),
            new DemoFinding(LifeArea.LANGUAGE, "WAITING_TIME", "Die Wartezeit auf einen B1-Kurs beträgt mehrere Monate."),
            new DemoFinding(LifeArea.HOUSING, "MISSING_OFFER", "Für große Familien gibt es kaum Wohnungen innerhalb der Mietobergrenzen des Jobcenters."),
            new DemoFinding(LifeArea.FINANCES_BENEFITS, "LEGAL_DOMAIN_GAP", "Beim Wechsel vom AsylbLG ins SGB II entsteht eine Lücke von mehreren Wochen ohne Leistungen."),
            new DemoFinding(LifeArea.RECOGNITION, "WAITING_TIME", "Die Anerkennung ausländischer Pflegeabschlüsse dauert bei der Bezirksregierung mehrere Monate."),
            new DemoFinding(LifeArea.RESIDENCE, "DIGITAL_ACCESS", "Termine bei der Ausländerbehörde sind nur online buchbar; ohne Smartphone gibt es keinen Zugang."),
            new DemoFinding(LifeArea.HEALTH, "LANGUAGE", "Arztpraxen lehnen Termine ohne Sprachmittlung ab; die Kosten der Sprachmittlung sind ungeklärt."),
            new DemoFinding(LifeArea.CHILDCARE_SCHOOL, "UNCLEAR_RESPONSIBILITY", "Für Seiteneinsteiger in der Sekundarstufe ist unklar, wer den Schulplatz zuweist."),
            new DemoFinding(LifeArea.EDUCATION_TRAINING, "DOCUMENTS", "Ohne Zeugnisse aus dem Herkunftsland wird der Zugang zur Berufsschule verweigert."),
            new DemoFinding(LifeArea.FIRST_ORIENTATION, "INTERFACE", "Jobcenter und Ausländerbehörde verweisen bei der Beschäftigungsduldung aufeinander."));

    static final List<String> CONCERNS = List.of(
            "Aufenthaltserlaubnis läuft ab, Termin bei der Ausländerbehörde nötig",
            "Sucht eine Wohnung, derzeit in der Gemeinschaftsunterkunft",
            "Möchte den Berufsabschluss anerkennen lassen",
            "Sucht einen Integrationskurs mit Kinderbetreuung",
            "Schulplatz für die Kinder und Schulbescheinigung",
            "Fragen zu Leistungen nach dem Wechsel ins SGB II",
            "Arbeitsangebot in der Nachbarstadt, Wohnsitzauflage klären",
            "Arzttermine und Krankenversicherung ungeklärt");

    private static String[] n(String latin, String original) {
        return new String[] {latin, original};
    }

    private static String[] pick(Random random, List<String[]> names) {
        return names.get(random.nextInt(names.size()));
    }
}
