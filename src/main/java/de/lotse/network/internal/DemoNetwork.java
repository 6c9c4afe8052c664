package de.lotse.network.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.network.Interpreter;
import de.lotse.network.InterpreterBooking;
import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import de.lotse.network.Offer;
import de.lotse.network.OfferKind;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import de.lotse.network.StaffDirectory;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static de.lotse.network.LifeArea.CHILDCARE_SCHOOL;
import static de.lotse.network.LifeArea.EDUCATION_TRAINING;
import static de.lotse.network.LifeArea.FAMILY;
import static de.lotse.network.LifeArea.FINANCES_BENEFITS;
import static de.lotse.network.LifeArea.FIRST_ORIENTATION;
import static de.lotse.network.LifeArea.HEALTH;
import static de.lotse.network.LifeArea.HOUSING;
import static de.lotse.network.LifeArea.LANGUAGE;
import static de.lotse.network.LifeArea.RECOGNITION;
import static de.lotse.network.LifeArea.RESIDENCE;
import static de.lotse.network.LifeArea.WORK;

/**
 * The demo district's network offers (80), its interpreter pool (25 invented lay interpreters with the language
 * mixes of the main countries of origin) and a few bookings by the demo case managers. Created once on the
 * first start with the profile {@code demo}; a fixed seed gives every installation the same picture. A few offers
 * have ended or not begun yet, so the search's validity filter shows in the demo too.
 */
@Component
@Profile("demo")
@Order(43)
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
    static final int OFFERS = 80;
    static final int INTERPRETERS = 25;

    /** A kind of offer as the demo district has it: which organisation runs it and whom it is for. */
    record Template(OfferKind kind, String title, String organisation, Set<LifeArea> lifeAreas, List<String> targetGroups,
                    boolean districtWide, String description) {
    }

    static final List<Template> TEMPLATES = List.of(
            t(OfferKind.LANGUAGE_COURSE, "Integrationskurs (allgemein)", "Volkshochschule", Set.of(LANGUAGE, FIRST_ORIENTATION),
                    List.of("Erwachsene mit Berechtigung oder Verpflichtung"), false,
                    "Sprachkurs bis B1 mit Orientierungskurs, Abschluss mit dem Deutsch-Test für Zuwanderer."),
            t(OfferKind.LANGUAGE_COURSE, "Integrationskurs mit Kinderbetreuung", "Brückenschlag", Set.of(LANGUAGE, FAMILY),
                    List.of("Eltern mit kleinen Kindern"), false,
                    "Integrationskurs am Vormittag; die Kinder werden im Haus betreut."),
            t(OfferKind.LANGUAGE_COURSE, "Alphabetisierungskurs", "Volkshochschule", Set.of(LANGUAGE),
                    List.of("Erwachsene ohne Schrifterfahrung", "Zweitschriftlernende"), false,
                    "Lesen und Schreiben in lateinischer Schrift, zugleich Deutsch bis A2."),
            t(OfferKind.LANGUAGE_COURSE, "Berufssprachkurs B2", "Brückenschlag", Set.of(LANGUAGE, WORK, EDUCATION_TRAINING),
                    List.of("Arbeitsuchende", "Beschäftigte"), true,
                    "Deutsch für den Beruf von B1 nach B2, mit Fachwortschatz für Pflege, Handwerk und Büro."),
            t(OfferKind.LANGUAGE_COURSE, "Jugendintegrationskurs", "Volkshochschule", Set.of(LANGUAGE, EDUCATION_TRAINING),
                    List.of("Jugendliche bis 27"), true,
                    "Integrationskurs für junge Menschen, mit Vorbereitung auf Schulabschluss oder Ausbildung."),
            t(OfferKind.LANGUAGE_COURSE, "Sprachcafé", "AWO", Set.of(LANGUAGE, FIRST_ORIENTATION),
                    List.of("alle"), false,
                    "Offener Treff zum Deutschsprechen mit Ehrenamtlichen, ohne Anmeldung."),
            t(OfferKind.COUNSELLING, "Migrationsberatung für Erwachsene (MBE)", "Caritas", Set.of(FIRST_ORIENTATION, RESIDENCE, FINANCES_BENEFITS),
                    List.of("Zugewanderte ab 27"), false,
                    "Beratung zu Aufenthalt, Leistungen, Sprachkurs und Arbeit in den ersten Jahren nach der Einreise."),
            t(OfferKind.COUNSELLING, "Jugendmigrationsdienst", "Diakonie", Set.of(EDUCATION_TRAINING, FIRST_ORIENTATION, FAMILY),
                    List.of("Jugendliche und junge Erwachsene von 12 bis 27"), false,
                    "Begleitung in Schule, Ausbildung und Beruf, Hilfe bei Behörden."),
            t(OfferKind.COUNSELLING, "Asylverfahrensberatung", "Diakonie", Set.of(RESIDENCE),
                    List.of("Asylsuchende", "Geduldete"), true,
                    "Unabhängige Beratung im Asylverfahren und zur Duldung, Vorbereitung auf die Anhörung."),
            t(OfferKind.COUNSELLING, "Schuldner- und Budgetberatung", "Caritas", Set.of(FINANCES_BENEFITS),
                    List.of("Haushalte mit Schulden"), false,
                    "Überblick über Schulden, Haushaltsplan, Pfändungsschutzkonto."),
            t(OfferKind.COUNSELLING, "Psychosoziale Beratung für Geflüchtete", "Caritas", Set.of(HEALTH, FAMILY),
                    List.of("Geflüchtete", "Menschen mit belastenden Erfahrungen"), true,
                    "Stabilisierende Gespräche, Vermittlung in Therapie, auf Wunsch mit Sprachmittlung."),
            t(OfferKind.COUNSELLING, "Sozialberatung Leistungen", "AWO", Set.of(FINANCES_BENEFITS, HOUSING),
                    List.of("Menschen im Leistungsbezug"), false,
                    "Hilfe bei Anträgen auf Bürgergeld, Wohngeld, Kinderzuschlag und Bildung und Teilhabe."),
            t(OfferKind.JOB, "Bewerbungscoaching", "Jobcenter", Set.of(WORK),
                    List.of("Arbeitsuchende"), true,
                    "Lebenslauf, Anschreiben und Vorstellungsgespräch üben, auch in einfacher Sprache."),
            t(OfferKind.JOB, "Berufsorientierung für Zugewanderte", "Agentur für Arbeit", Set.of(WORK, EDUCATION_TRAINING),
                    List.of("Jugendliche bis 27", "Erwachsene ohne Berufsabschluss"), true,
                    "Berufe kennenlernen, Praktika finden, Ausbildung planen."),
            t(OfferKind.JOB, "Arbeitsmarktprojekt Frauen in Arbeit", "AWO", Set.of(WORK, FAMILY),
                    List.of("Frauen", "Alleinerziehende"), false,
                    "Begleitung von Frauen in Beschäftigung, mit Kinderbetreuung während der Termine."),
            t(OfferKind.HOUSING, "Wohnraumberatung", "Stadt", Set.of(HOUSING),
                    List.of("Wohnungssuchende"), false,
                    "Hilfe bei der Wohnungssuche, Wohnberechtigungsschein, Gespräche mit Vermietern."),
            t(OfferKind.HOUSING, "Wohnungsführerschein", "Caritas", Set.of(HOUSING, FIRST_ORIENTATION),
                    List.of("Geflüchtete vor dem Auszug aus der Unterkunft"), true,
                    "Kurs zu Mietvertrag, Nebenkosten, Mülltrennung und Nachbarschaft, mit Zertifikat für Vermieter."),
            t(OfferKind.HEALTH, "Gesundheitslotsinnen und -lotsen", "Gesundheitsamt", Set.of(HEALTH),
                    List.of("alle"), true,
                    "Informationsveranstaltungen in der Muttersprache zu Gesundheitssystem, Vorsorge und Impfungen."),
            t(OfferKind.HEALTH, "Beratung zur Krankenversicherung", "Gesundheitsamt", Set.of(HEALTH, FINANCES_BENEFITS),
                    List.of("Menschen ohne oder mit unklarer Krankenversicherung"), true,
                    "Klärung des Versicherungsschutzes, Hilfe beim Zugang zur Versorgung."),
            t(OfferKind.HEALTH, "Schwangerschaftsberatung", "Diakonie", Set.of(HEALTH, FAMILY),
                    List.of("Schwangere", "junge Familien"), false,
                    "Beratung rund um Schwangerschaft und Geburt, Hilfe bei Anträgen."),
            t(OfferKind.CHILDCARE, "Kita-Lotsen", "Jugendamt", Set.of(CHILDCARE_SCHOOL, FAMILY),
                    List.of("Eltern mit Kindern unter 6"), false,
                    "Hilfe bei der Suche nach einem Kita-Platz und bei der Anmeldung im Kita-Portal."),
            t(OfferKind.CHILDCARE, "Eltern-Kind-Gruppe Brückenzeit", "AWO", Set.of(CHILDCARE_SCHOOL, FAMILY, LANGUAGE),
                    List.of("Eltern mit Kindern unter 3"), false,
                    "Spielgruppe zur Vorbereitung auf die Kita, Eltern lernen nebenbei Deutsch."),
            t(OfferKind.SCHOOL, "Beratung für Seiteneinsteiger", "Kommunales Integrationszentrum", Set.of(CHILDCARE_SCHOOL, EDUCATION_TRAINING),
                    List.of("neu zugewanderte Schulkinder und ihre Eltern"), true,
                    "Erstberatung und Zuweisung zu einer Schule, Einstufung der Vorkenntnisse."),
            t(OfferKind.SCHOOL, "Hausaufgabenhilfe und Lernpaten", "Caritas", Set.of(CHILDCARE_SCHOOL),
                    List.of("Schulkinder"), false,
                    "Ehrenamtliche helfen nachmittags bei Hausaufgaben und beim Lesen."),
            t(OfferKind.RECOGNITION, "Anerkennungs- und Qualifizierungsberatung", "Kommunales Integrationszentrum", Set.of(RECOGNITION, WORK),
                    List.of("Menschen mit ausländischem Berufs- oder Studienabschluss"), true,
                    "Welche Stelle ist zuständig, welche Unterlagen braucht es, wie lässt sich eine Lücke nachqualifizieren."),
            t(OfferKind.RECOGNITION, "Anpassungsqualifizierung Pflege", "Brückenschlag", Set.of(RECOGNITION, WORK, EDUCATION_TRAINING),
                    List.of("Pflegefachkräfte aus dem Ausland"), true,
                    "Vorbereitung auf die Kenntnisprüfung und Praxiseinsätze in Kliniken des Kreises."),
            t(OfferKind.LEISURE_PARTICIPATION, "Begegnungscafé", "Stadt", Set.of(FIRST_ORIENTATION, FAMILY),
                    List.of("alle"), false,
                    "Treffpunkt für Nachbarschaft und Neuzugewanderte, mit Kinderecke."),
            t(OfferKind.LEISURE_PARTICIPATION, "Sport für alle", "Stadt", Set.of(HEALTH, FIRST_ORIENTATION),
                    List.of("Kinder", "Jugendliche", "Frauen"), false,
                    "Kostenlose Schnupperstunden in Sportvereinen, Mitgliedsbeiträge über Bildung und Teilhabe."),
            t(OfferKind.LEISURE_PARTICIPATION, "Interkulturelles Frauenfrühstück", "Diakonie", Set.of(FAMILY, FIRST_ORIENTATION),
                    List.of("Frauen"), false,
                    "Monatliches Frühstück mit Themen aus dem Alltag, Kinderbetreuung vor Ort."));

    static final List<String> OFFER_LANGUAGES = List.of("Arabisch", "Dari", "Paschtu", "Ukrainisch", "Russisch", "Türkisch",
            "Tigrinya", "Kurmanci", "Französisch", "Rumänisch", "Englisch", "Farsi");

    /** The pool's language mixes, as the main countries of origin bring them. */
    static final List<List<String>> LANGUAGE_MIXES = List.of(
            List.of("Arabisch"), List.of("Arabisch", "Kurmanci"), List.of("Arabisch", "Französisch"), List.of("Arabisch", "Englisch"),
            List.of("Dari", "Farsi"), List.of("Dari", "Paschtu"), List.of("Paschtu"), List.of("Farsi", "Dari", "Englisch"),
            List.of("Ukrainisch", "Russisch"), List.of("Russisch"), List.of("Ukrainisch", "Russisch", "Polnisch"),
            List.of("Türkisch"), List.of("Türkisch", "Kurmanci"), List.of("Kurmanci", "Arabisch"),
            List.of("Tigrinya"), List.of("Tigrinya", "Amharisch"), List.of("Französisch"), List.of("Französisch", "Englisch"),
            List.of("Rumänisch"), List.of("Rumänisch", "Italienisch"), List.of("Albanisch"), List.of("Somali", "Englisch"),
            List.of("Bulgarisch", "Türkisch"), List.of("Serbisch", "Kroatisch", "Bosnisch"), List.of("Arabisch"));

    /** Invented given and family names that fit each first language; Datafaker supplies the Latin-script locales. */
    static final Map<String, String[][]> NAMES = Map.ofEntries(
            Map.entry("Arabisch", new String[][] {{"Samir", "Rasha", "Tarek", "Huda", "Yousef", "Mona"}, {"Haddad", "Khoury", "Mansour", "Saleh", "Nasser", "Aziz"}}),
            Map.entry("Dari", new String[][] {{"Fereshta", "Wahid", "Nasrin", "Jawad"}, {"Noori", "Sadat", "Amiri", "Haidari"}}),
            Map.entry("Farsi", new String[][] {{"Shirin", "Reza", "Azadeh"}, {"Tehrani", "Moradi", "Kazemi"}}),
            Map.entry("Paschtu", new String[][] {{"Gulalai", "Zarif", "Mirwais"}, {"Safi", "Popal", "Durrani"}}),
            Map.entry("Ukrainisch", new String[][] {{"Oksana", "Taras", "Halyna", "Bohdan"}, {"Hnatiuk", "Marchenko", "Savchuk", "Lysenko"}}),
            Map.entry("Russisch", new String[][] {{"Natalia", "Sergej", "Irina"}, {"Volkova", "Orlov", "Smirnova"}}),
            Map.entry("Kurmanci", new String[][] {{"Berivan", "Rezan", "Delal"}, {"Sino", "Haco", "Elias"}}),
            Map.entry("Tigrinya", new String[][] {{"Mehret", "Tesfalem", "Saba"}, {"Berhane", "Kidane", "Ghebremariam"}}),
            Map.entry("Somali", new String[][] {{"Hodan", "Abdirahman"}, {"Warsame", "Farah"}}),
            Map.entry("Albanisch", new String[][] {{"Arta", "Besnik"}, {"Krasniqi", "Berisha"}}),
            Map.entry("Bulgarisch", new String[][] {{"Desislava", "Plamen"}, {"Petrova", "Dimitrov"}}),
            Map.entry("Rumänisch", new String[][] {{"Ioana", "Mihai", "Elena", "Andrei"}, {"Popescu", "Ionescu", "Stan", "Dumitrescu"}}),
            Map.entry("Serbisch", new String[][] {{"Jelena", "Dragan"}, {"Jovanović", "Marković"}}));

    static final Map<String, Locale> FAKER_LOCALES = Map.of(
            "Türkisch", Locale.forLanguageTag("tr"), "Französisch", Locale.FRANCE);

    static final List<String> AVAILABILITY = List.of("vormittags", "nachmittags ab 14 Uhr", "Montag bis Mittwoch ganztags",
            "nach Absprache", "nicht freitags", "abends und samstags", "dienstags und donnerstags", "in den Schulferien nicht");

    static final List<String> PURPOSES = List.of("Beratung zur Kita-Anmeldung", "Elterngespräch in der Grundschule",
            "Wohnungsbesichtigung", "Erstgespräch im Case Management", "Infoveranstaltung zum Integrationskurs",
            "Hilfeplangespräch", "Beratung zur Anerkennung des Abschlusses", "Begleitung zur Schuldnerberatung");

    private final JdbcOffers offers;
    private final JdbcInterpreterPool pool;
    private final Organisations organisations;
    private final Municipalities municipalities;
    private final StaffDirectory staff;

    DemoNetwork(JdbcOffers offers, JdbcInterpreterPool pool, Organisations organisations, Municipalities municipalities,
                StaffDirectory staff) {
        this.offers = offers;
        this.pool = pool;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Municipality> kommunen = municipalities.findAllByOrderByName();
        if (kommunen.isEmpty()) {
            return;
        }
        Random random = new Random(20261121L);
        Faker faker = new Faker(Locale.GERMANY, random);
        if (offers.count() == 0) {
            createOffers(random, kommunen);
        }
        if (pool.count() == 0) {
            List<UUID> interpreters = createInterpreters(random, faker, kommunen);
            createBookings(random, kommunen, interpreters);
        }
    }

    private void createOffers(Random random, List<Municipality> kommunen) {
        List<Organisation> all = organisations.findAll();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < OFFERS; i++) {
            Template template = TEMPLATES.get(i % TEMPLATES.size());
            Organisation organisation = organisationFor(template, all, kommunen.get(i % kommunen.size()));
            List<UUID> served = new ArrayList<>();
            String title = template.title();
            if (!template.districtWide() || i >= TEMPLATES.size()) {
                Municipality main = organisation.municipalityId() != null
                        ? kommunen.stream().filter(k -> k.id().equals(organisation.municipalityId())).findFirst().orElseThrow()
                        : kommunen.get((i * 3 + random.nextInt(kommunen.size())) % kommunen.size());
                served.add(main.id());
                if (random.nextInt(3) == 0) {
                    served.add(kommunen.get(random.nextInt(kommunen.size())).id());
                }
                title = title + " " + main.name();
            }
            Set<String> languages = new LinkedHashSet<>();
            languages.add("Deutsch");
            if (template.kind() != OfferKind.LANGUAGE_COURSE || random.nextInt(4) == 0) {
                for (int n = random.nextInt(4); n > 0; n--) {
                    languages.add(OFFER_LANGUAGES.get(random.nextInt(OFFER_LANGUAGES.size())));
                }
            }
            // Most offers run now; a few ended recently or start soon, so the validity filter has something to do.
            LocalDate validFrom = today.minusDays(30 + random.nextInt(700));
            LocalDate validTo = random.nextInt(3) == 0 ? today.plusDays(60 + random.nextInt(400)) : null;
            if (i % 17 == 5) {
                validTo = today.minusDays(10 + random.nextInt(60));
                validFrom = validTo.minusDays(180);
            } else if (i % 19 == 7) {
                validFrom = today.plusDays(14 + random.nextInt(60));
            }
            Integer capacity = null;
            if (template.kind() == OfferKind.LANGUAGE_COURSE) {
                capacity = 12 + random.nextInt(14);
            } else if (random.nextInt(3) != 0) {
                capacity = 5 + random.nextInt(40);
            }
            Integer waiting = null;
            if (random.nextInt(5) != 0) {
                waiting = random.nextInt(template.kind() == OfferKind.LANGUAGE_COURSE ? 16 : 8);
            }
            offers.create(new Offer(null, organisation.id(), title, template.kind(), template.lifeAreas(), List.copyOf(languages),
                    template.targetGroups(), served, organisation.street(), organisation.postalCode(), organisation.city(),
                    organisation.contactPerson(), organisation.phone(), organisation.email(), organisation.website(),
                    capacity, waiting, validFrom, validTo, template.description(), true, 0));
        }
        log.info("Demo KIM unit: {} network offers", OFFERS);
    }

    private static Organisation organisationFor(Template template, List<Organisation> all, Municipality kommune) {
        if (template.organisation().equals("Stadt")) {
            String name = "Stadt " + kommune.name();
            return all.stream().filter(o -> o.name().equals(name)).findFirst().orElse(all.getFirst());
        }
        return all.stream().filter(o -> o.name().contains(template.organisation())).findFirst().orElse(all.getFirst());
    }

    private List<UUID> createInterpreters(Random random, Faker faker, List<Municipality> kommunen) {
        List<UUID> ids = new ArrayList<>();
        Map<String, Faker> fakers = FAKER_LOCALES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Faker(e.getValue(), random)));
        for (int i = 0; i < INTERPRETERS; i++) {
            List<String> languages = LANGUAGE_MIXES.get(i % LANGUAGE_MIXES.size());
            String name = name(languages.getFirst(), random, fakers, faker);
            List<UUID> served = new ArrayList<>();
            if (random.nextInt(4) != 0) {
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    UUID id = kommunen.get(random.nextInt(kommunen.size())).id();
                    if (!served.contains(id)) {
                        served.add(id);
                    }
                }
            }
            String phone = faker.phoneNumber().cellPhone().replaceAll("[^0-9 +()/-]", "");
            String email = random.nextInt(3) == 0 ? null : name.toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z ]", "").trim().replace(' ', '.') + "@sprachmittlung-lotsenbrueck.example";
            ids.add(pool.create(new Interpreter(null, name, languages, served, AVAILABILITY.get(random.nextInt(AVAILABILITY.size())),
                    phone, email, i != INTERPRETERS - 1, 0)));
        }
        log.info("Demo KIM unit: {} interpreters in the pool", INTERPRETERS);
        return ids;
    }

    private static String name(String language, Random random, Map<String, Faker> fakers, Faker german) {
        String[][] names = NAMES.get(language);
        if (names != null) {
            return names[0][random.nextInt(names[0].length)] + " " + names[1][random.nextInt(names[1].length)];
        }
        Faker faker = Optional.ofNullable(fakers.get(language)).orElse(german);
        return faker.name().firstName() + " " + faker.name().lastName();
    }

    private void createBookings(Random random, List<Municipality> kommunen, List<UUID> interpreterIds) {
        List<StaffDirectory.StaffMember> bookers = List.of("fallmanagement", "fallmanagement2").stream()
                .map(staff::byUsername).flatMap(Optional::stream).toList();
        if (bookers.isEmpty()) {
            return;
        }
        Map<UUID, Interpreter> interpreters = interpreterIds.stream().map(pool::get).flatMap(Optional::stream)
                .filter(Interpreter::active).collect(Collectors.toMap(Interpreter::id, Function.identity()));
        List<UUID> bookable = interpreterIds.stream().filter(interpreters::containsKey).toList();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 12; i++) {
            Interpreter interpreter = interpreters.get(bookable.get(random.nextInt(bookable.size())));
            StaffDirectory.StaffMember booker = bookers.get(i % bookers.size());
            var startsAt = today.plusDays(1 + random.nextInt(30)).atTime(LocalTime.of(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30))
                    .atZone(InterpreterController.LOCAL).toInstant();
            UUID kommune = interpreter.municipalityIds().isEmpty()
                    ? kommunen.get(random.nextInt(kommunen.size())).id() : interpreter.municipalityIds().getFirst();
            UUID id = pool.book(interpreter.id(), startsAt, interpreter.languages().getFirst(), kommune,
                    PURPOSES.get(random.nextInt(PURPOSES.size())), booker.id(), booker.organisationId(), null);
            if (i % 3 == 0) {
                pool.setStatus(id, InterpreterBooking.Status.CONFIRMED, 0);
            } else if (i % 7 == 6) {
                pool.setStatus(id, InterpreterBooking.Status.CANCELLED, 0);
            }
        }
        log.info("Demo KIM unit: 12 interpreter bookings");
    }

    private static Template t(OfferKind kind, String title, String organisation, Set<LifeArea> lifeAreas,
                              List<String> targetGroups, boolean districtWide, String description) {
        return new Template(kind, title, organisation, EnumSet.copyOf(lifeAreas), targetGroups, districtWide, description);
    }
}
