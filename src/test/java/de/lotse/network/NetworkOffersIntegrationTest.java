package de.lotse.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import de.lotse.accounts.Role;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LotseIntegrationTest
class NetworkOffersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Offers offers;

    @Autowired
    InterpreterPool pool;

    @Autowired
    Organisations organisations;

    @Autowired
    Municipalities municipalities;

    @Autowired
    JdbcClient jdbc;

    /** A word no other offer has, so that searches in the shared database find exactly what a test made. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private UUID create(String title, String description, OfferKind kind, LifeArea lifeArea, String languages,
                        UUID municipalityId, LocalDate validFrom, LocalDate validTo) throws Exception {
        Organisation caritas = organisations.findAll().stream().filter(o -> o.name().contains("Caritas")).findFirst().orElseThrow();
        MockHttpServletRequestBuilder request = post("/offers/manage/new").with(TestUsers.as(Role.COORDINATOR)).with(csrf())
                .param("organisationId", caritas.id().toString()).param("title", title).param("kind", kind.name())
                .param("lifeAreas", lifeArea.name()).param("languages", languages).param("targetGroups", "Erwachsene, Familien")
                .param("description", description).param("validFrom", validFrom.toString())
                .param("validTo", validTo == null ? "" : validTo.toString()).param("waitingWeeks", "3");
        if (municipalityId != null) {
            request.param("municipalityIds", municipalityId.toString());
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/offers/");
        return UUID.fromString(location.substring("/offers/".length()));
    }

    private List<UUID> search(OfferQuery query) {
        return offers.search(query).stream().map(Offer::id).toList();
    }

    @Test
    void theDemoNetworkHasItsOffersAndInterpreterPool() {
        assertThat(jdbc.sql("select count(*) from network.offer").query(Integer.class).single()).isGreaterThanOrEqualTo(80);
        List<Offer> valid = offers.validOn(LocalDate.now());
        assertThat(valid.stream().map(Offer::kind).distinct()).hasSize(OfferKind.values().length);
        assertThat(valid.stream().flatMap(o -> o.languages().stream()).distinct()).contains("Arabisch", "Ukrainisch", "Tigrinya");
        assertThat(pool.active()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(pool.active().stream().flatMap(i -> i.languages().stream()).distinct())
                .contains("Arabisch", "Dari", "Paschtu", "Ukrainisch", "Russisch", "Türkisch", "Tigrinya", "Kurmanci", "Französisch", "Rumänisch");
    }

    @Test
    void aCoordinatorCreatesAnOfferAndACaseManagerFindsItByWordsFiltersAndMisspelling() throws Exception {
        String word = uniqueWord();
        Municipality dornwalde = municipalities.findByName("Dornwalde").orElseThrow();
        UUID id = create("Fahrradwerkstatt " + word, "Wir reparieren Fahrräder gemeinsam und üben dabei Deutsch.",
                OfferKind.LEISURE_PARTICIPATION, LifeArea.FIRST_ORIENTATION, "Deutsch, Tigrinya", dornwalde.id(),
                LocalDate.now().minusDays(1), null);
        LocalDate today = LocalDate.now();

        // Words in another form (German stemming), in the description, and with a typing error in the title.
        assertThat(search(new OfferQuery("Fahrrad reparieren " + word, null, null, null, null, today))).contains(id);
        assertThat(search(new OfferQuery(word, null, null, null, null, today))).containsExactly(id);
        assertThat(search(new OfferQuery("Farradwerkstat " + word.substring(0, 6), null, null, null, null, today))).contains(id);
        assertThat(search(new OfferQuery("Fahrradwerkstatt", null, null, null, null, today))).contains(id);

        // Each filter narrows; a Kommune also finds offers for the whole district, never those of another Kommune.
        assertThat(search(new OfferQuery(word, OfferKind.LEISURE_PARTICIPATION, LifeArea.FIRST_ORIENTATION, "tigrinya", dornwalde.id(), today)))
                .containsExactly(id);
        assertThat(search(new OfferQuery(word, OfferKind.JOB, null, null, null, today))).isEmpty();
        assertThat(search(new OfferQuery(word, null, LifeArea.HOUSING, null, null, today))).isEmpty();
        assertThat(search(new OfferQuery(word, null, null, "Arabisch", null, today))).isEmpty();
        UUID lindenhorst = municipalities.findByName("Lindenhorst").orElseThrow().id();
        assertThat(search(new OfferQuery(word, null, null, null, lindenhorst, today))).isEmpty();
        assertThat(offers.search(new OfferQuery(null, null, null, null, lindenhorst, today)))
                .allSatisfy(o -> assertThat(o.serves(lindenhorst)).isTrue());

        // The page and the API a case manager uses.
        mvc.perform(get("/offers").param("text", "Farradwerkstat").with(TestUsers.as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fahrradwerkstatt " + word)));
        mvc.perform(get("/offers/" + id).with(TestUsers.as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dornwalde")))
                .andExpect(content().string(containsString("Wartezeit: 3 Wochen")));
        mvc.perform(get("/api/v1/offers").param("text", word).param("language", "Tigrinya")
                        .with(TestUsers.as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].kind").value("LEISURE_PARTICIPATION"));
    }

    @Test
    void onlyOffersValidOnTheDayAndActiveAreFound() throws Exception {
        String word = uniqueWord();
        LocalDate today = LocalDate.now();
        UUID current = create("Nähtreff " + word, "Gemeinsam nähen", OfferKind.LEISURE_PARTICIPATION, LifeArea.FAMILY,
                "Deutsch", null, today.minusMonths(1), today);
        UUID ended = create("Nähtreff alt " + word, "Gemeinsam nähen", OfferKind.LEISURE_PARTICIPATION, LifeArea.FAMILY,
                "Deutsch", null, today.minusMonths(6), today.minusDays(1));
        UUID future = create("Nähtreff neu " + word, "Gemeinsam nähen", OfferKind.LEISURE_PARTICIPATION, LifeArea.FAMILY,
                "Deutsch", null, today.plusDays(1), null);

        assertThat(search(new OfferQuery(word, null, null, null, null, today))).containsExactly(current);
        assertThat(search(new OfferQuery(word, null, null, null, null, today.plusDays(1)))).containsExactly(future);
        mvc.perform(get("/api/v1/offers").param("text", word).param("validOn", today.minusDays(1).toString())
                        .with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(offers.get(ended)).isPresent();

        mvc.perform(post("/offers/manage/" + current + "/deactivate").with(TestUsers.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(search(new OfferQuery(word, null, null, null, null, today))).isEmpty();
        mvc.perform(get("/offers/manage").with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nähtreff alt " + word)))
                .andExpect(content().string(containsString("Deaktiviert")));
    }

    @Test
    void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
        String word = uniqueWord();
        UUID id = create("Schuldnerberatung " + word, "Beratung", OfferKind.COUNSELLING, LifeArea.FINANCES_BENEFITS,
                "Deutsch", null, LocalDate.now(), null);
        Offer read = offers.get(id).orElseThrow();
        Organisation organisation = organisations.findById(read.organisationId()).orElseThrow();

        mvc.perform(post("/offers/manage/" + id).with(TestUsers.as(Role.COORDINATOR)).with(csrf())
                        .param("organisationId", organisation.id().toString()).param("title", read.title())
                        .param("kind", "COUNSELLING").param("lifeAreas", "FINANCES_BENEFITS").param("languages", "Deutsch, Arabisch")
                        .param("validFrom", read.validFrom().toString()).param("waitingWeeks", "6")
                        .param("version", String.valueOf(read.version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/offers/manage/" + id).with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("organisationId", organisation.id().toString()).param("title", read.title() + " geändert")
                        .param("kind", "COUNSELLING").param("lifeAreas", "FINANCES_BENEFITS").param("languages", "Deutsch")
                        .param("validFrom", read.validFrom().toString()).param("waitingWeeks", "1")
                        .param("version", String.valueOf(read.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat diesen Datensatz inzwischen geändert.")))
                .andExpect(content().string(containsString("Aktuelle Wartezeit in Wochen")));
        Offer stored = offers.get(id).orElseThrow();
        assertThat(stored.title()).isEqualTo(read.title());
        assertThat(stored.waitingWeeks()).isEqualTo(6);
        assertThat(stored.languages()).containsExactly("Deutsch", "Arabisch");
        assertThat(stored.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void badOfferInputGetsGermanMessagesAtTheFields() throws Exception {
        long before = jdbc.sql("select count(*) from network.offer").query(Long.class).single();
        mvc.perform(post("/offers/manage/new").with(TestUsers.as(Role.COORDINATOR)).with(csrf())
                        .param("title", "").param("kind", "").param("validFrom", "2026-05-01").param("validTo", "2026-04-01")
                        .param("waitingWeeks", "-1").param("capacity", "viele"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")))
                .andExpect(content().string(containsString("Bitte wählen Sie mindestens einen Eintrag aus.")))
                .andExpect(content().string(containsString("Das Ende darf nicht vor dem Beginn liegen.")))
                .andExpect(content().string(containsString("Bitte geben Sie eine Zahl ab 0 ein.")))
                .andExpect(content().string(containsString("Dieser Wert hat nicht das erwartete Format.")));
        assertThat(jdbc.sql("select count(*) from network.offer").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/api/v1/offers").param("kind", "KEINE_ART").with(TestUsers.as(Role.CASE_MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void caseManagersSearchButDoNotMaintainOffers() throws Exception {
        mvc.perform(get("/offers/manage/new").with(TestUsers.as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/offers").with(TestUsers.as(Role.REPORTER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offers").with(httpBasic("meldung", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBookingFormRefusesWithoutTheConfirmationOfNoLegalConsequences() throws Exception {
        Interpreter arabic = pool.active().stream().filter(i -> i.speaks("Arabisch")).findFirst().orElseThrow();
        UUID kommune = municipalities.findAllByOrderByName().getFirst().id();
        String purpose = "Elterngespräch " + uniqueWord();
        MockHttpServletRequestBuilder booking = post("/interpreters/book").with(TestUsers.as(Role.CASE_MANAGER)).with(csrf())
                .param("interpreterId", arabic.id().toString()).param("language", "Arabisch")
                .param("date", LocalDate.now().plusDays(3).toString()).param("time", "10:30")
                .param("municipalityId", kommune.toString()).param("purpose", purpose)
                .param("_noLegalConsequences", "on");

        mvc.perform(booking)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte bestätigen Sie, dass der Termin keine rechtlichen Folgen hat.")))
                .andExpect(content().string(containsString("Nur für Termine ohne rechtliche Folgen")));
        assertThat(bookings(purpose)).isZero();

        mvc.perform(post("/interpreters/book").with(TestUsers.as(Role.CASE_MANAGER)).with(csrf())
                        .param("interpreterId", arabic.id().toString()).param("language", "Klingonisch")
                        .param("date", LocalDate.now().minusDays(1).toString()).param("time", "25:99")
                        .param("municipalityId", kommune.toString()).param("purpose", purpose)
                        .param("noLegalConsequences", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die gewählte Person spricht diese Sprache nicht.")))
                .andExpect(content().string(containsString("Das Datum darf nicht in der Vergangenheit liegen.")))
                .andExpect(content().string(containsString("Dieser Wert hat nicht das erwartete Format.")));
        assertThat(bookings(purpose)).isZero();

        mvc.perform(booking.param("noLegalConsequences", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(bookings(purpose)).isEqualTo(1);
        assertThat(jdbc.sql("select status from network.interpreter_booking where purpose = :p").param("p", purpose)
                .query(String.class).single()).isEqualTo("REQUESTED");

        UUID bookingId = jdbc.sql("select id from network.interpreter_booking where purpose = :p").param("p", purpose)
                .query(UUID.class).single();
        mvc.perform(post("/interpreters/bookings/" + bookingId + "/confirm").with(TestUsers.as(Role.COORDINATOR)).with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from network.interpreter_booking where id = :id").param("id", bookingId)
                .query(String.class).single()).isEqualTo("CONFIRMED");
        // A case manager who did not book it cannot cancel it: for them it does not exist.
        mvc.perform(post("/interpreters/bookings/" + bookingId + "/cancel").with(TestUsers.as(Role.CASE_MANAGER)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/interpreters/bookings").with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(purpose)));
        mvc.perform(get("/interpreters/bookings").with(TestUsers.as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(purpose))));
    }

    @Test
    void coordinatorsSeeProtectedCountsPerLanguageAndTheServiceGapView() throws Exception {
        mvc.perform(get("/interpreters/counts").with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sprachmittlung nach Sprachen")))
                .andExpect(content().string(containsString("Tigrinya")))
                .andExpect(content().string(containsString("&lt;3")));
        mvc.perform(get("/service-gaps").with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Angebotslücken")))
                // Needs from casework's assessments and "fehlendes Angebot" findings from structure are connected.
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Noch nicht alle Quellen angebunden"))))
                .andExpect(content().string(containsString("Anerkennung ausländischer Abschlüsse")));
        UUID kommune = municipalities.findByName("Grauheide").orElseThrow().id();
        mvc.perform(get("/service-gaps").param("municipalityId", kommune.toString()).with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grauheide nach Lebensbereichen")));
        mvc.perform(get("/service-gaps").with(TestUsers.as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
    }

    private long bookings(String purpose) {
        return jdbc.sql("select count(*) from network.interpreter_booking where purpose = :p").param("p", purpose)
                .query(Long.class).single();
    }
}
