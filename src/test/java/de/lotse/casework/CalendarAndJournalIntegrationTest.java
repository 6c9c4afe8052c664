package de.lotse.casework;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.network.Organisations;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appointments, deadlines and the journal of a case: documents checked by their content, stored with the case
 * and erased with it, downloads audited, the start page's due lists, and the iCalendar files read back with
 * ical4j.
 */
@LotseIntegrationTest
class CalendarAndJournalIntegrationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseWork caseWork;

    @Autowired
    ClientRegistry clients;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    SignedInUser caseManager;

    @BeforeEach
    void caseManagerOfTheCaritas() {
        UUID caritas = organisations.findByName("Caritasverband für den Kreis Lotsenbrück e. V.").orElseThrow().id();
        caseManager = new SignedInUser(UUID.randomUUID(), "cm-" + UUID.randomUUID(), "Test CM", caritas, "Caritas",
                Set.of(Role.CASE_MANAGER), false);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID openCase(String familyName) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(caseManager));
        try {
            UUID client = clients.register(new NewClient(familyName, "Amina", null, null, null, null, 1988, null, null, null,
                    null, null, null, null, null, null));
            return caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Wohnungssuche");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MockHttpServletResponse upload(UUID caseId, String fileName, String declaredType, byte[] content) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/cases/{id}/journal", caseId);
        request.file(new MockMultipartFile("document", fileName, declaredType, content));
        return mvc.perform(request.param("kind", "NOTE").param("occurredOn", LocalDate.now(BERLIN).toString())
                .param("occurredTime", "09:30").param("summary", "Bescheid abgelegt")
                .with(TestUsers.as(caseManager)).with(csrf())).andReturn().getResponse();
    }

    private List<String> storedTypes(UUID caseId) {
        return jdbc.sql("select content_type from casework.journal_document where client_case = :c order by uploaded_at")
                .param("c", caseId).query(String.class).list();
    }

    static byte[] realPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent("<html><body><p>Bescheid des Jobcenters</p></body></html>", null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void realPdfsAndPngsAreStoredWithTheTypeTheirContentHas() throws Exception {
        UUID caseId = openCase("Dokumentprobe");
        byte[] realPdf = realPdf();
        assertThat(upload(caseId, "bescheid.pdf", "application/pdf", realPdf).getStatus()).isEqualTo(302);
        // The browser's claim does not count either way: a PNG sent as octet-stream is still a PNG.
        assertThat(upload(caseId, "foto", "application/octet-stream", png()).getStatus()).isEqualTo(302);
        assertThat(storedTypes(caseId)).containsExactly("application/pdf", "image/png");
    }

    @Test
    void disguisedFilesAreRefusedWithAGermanMessageAtTheField() throws Exception {
        UUID caseId = openCase("Tarnprobe");
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, program, 78, 38);
        byte[] html = "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] disguised : List.of(program, html)) {
            MockHttpServletResponse response = upload(caseId, "bescheid.pdf", "application/pdf", disguised);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("id=\"document-error\"")
                    .contains("Diese Datei ist ihrem Inhalt nach keine davon.");
        }
        assertThat(storedTypes(caseId)).isEmpty();
        assertThat(jdbc.sql("select count(*) from casework.journal_entry where client_case = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aDownloadIsAuditedAndSentAsAnAttachmentThatIsNotSniffed() throws Exception {
        UUID caseId = openCase("Downloadprobe");
        upload(caseId, "foto.png", "image/png", png());
        UUID documentId = jdbc.sql("select id from casework.journal_document where client_case = :c").param("c", caseId)
                .query(UUID.class).single();
        MockHttpServletResponse response = mvc.perform(get("/cases/{id}/journal/documents/{d}", caseId, documentId)
                .with(TestUsers.as(caseManager))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("foto.png");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getContentAsByteArray()).isEqualTo(png());
        assertThat(jdbc.sql("select actor_username from privacy.audit_entry where record_type = 'JOURNAL_DOCUMENT' and record_id = :id and action = 'READ'")
                .param("id", documentId.toString()).query(String.class).list()).containsExactly(caseManager.username());
    }

    @Test
    void deletingTheCaseDeletesItsCalendarJournalAndDocuments() throws Exception {
        UUID caseId = openCase("Löschprobe");
        mvc.perform(post("/cases/{id}/appointments", caseId).param("date", LocalDate.now().plusDays(3).toString())
                .param("startTime", "10:00").param("endTime", "11:00").param("place", "Beratungsraum 1")
                .with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{id}/deadlines", caseId).param("kind", "OFFICE_ANSWER").param("dueOn", LocalDate.now().toString())
                .param("description", "Antwort Jobcenter").with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().is3xxRedirection());
        upload(caseId, "foto.png", "image/png", png());
        for (String table : List.of("appointment", "deadline", "journal_entry", "journal_document")) {
            assertThat(count(table, caseId)).as(table).isEqualTo(1);
        }
        // The status history is not part of this feature and has no cascade of its own.
        jdbc.sql("delete from casework.case_status_change where client_case = :c").param("c", caseId).update();
        jdbc.sql("delete from casework.client_case where id = :c").param("c", caseId).update();
        for (String table : List.of("appointment", "deadline", "journal_entry", "journal_document")) {
            assertThat(count(table, caseId)).as(table).isZero();
        }
    }

    private int count(String table, UUID caseId) {
        return jdbc.sql("select count(*) from casework." + table + " where client_case = :c").param("c", caseId).query(Integer.class).single();
    }

    @Test
    void theJournalShowsEntriesAndStatusChangesNewestFirst() throws Exception {
        UUID caseId = openCase("Verlaufprobe");
        mvc.perform(multipart("/cases/{id}/journal", caseId).param("kind", "PHONE")
                .param("occurredOn", LocalDate.now(BERLIN).minusDays(1).toString()).param("occurredTime", "14:00")
                .param("summary", "Telefonat wegen des Mietvertrags").with(TestUsers.as(caseManager)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/cases/{id}/journal", caseId).with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Telefonat wegen des Mietvertrags").contains("Statuswechsel");
        assertThat(page.indexOf("Statuswechsel")).as("the case was opened today, after the call").isLessThan(page.indexOf("Mietvertrags"));
        String casePage = mvc.perform(get("/cases/{id}", caseId).with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Telefonat wegen des Mietvertrags").contains("Ganzes Journal ansehen");
    }

    @Test
    void aStaleAppointmentChangeShowsTheConflictAndOverwritesNothing() throws Exception {
        UUID caseId = openCase("Konfliktprobe");
        String day = LocalDate.now().plusDays(5).toString();
        mvc.perform(post("/cases/{id}/appointments", caseId).param("date", day).param("startTime", "10:00").param("endTime", "11:00")
                .param("place", "Raum 1").with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().is3xxRedirection());
        UUID appointmentId = jdbc.sql("select id from casework.appointment where client_case = :c").param("c", caseId).query(UUID.class).single();
        mvc.perform(post("/cases/{id}/appointments/{a}", caseId, appointmentId).param("date", day).param("startTime", "10:00")
                .param("endTime", "11:00").param("place", "Raum 2").param("version", "0")
                .with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/cases/{id}/appointments/{a}", caseId, appointmentId).param("date", day).param("startTime", "12:00")
                .param("endTime", "13:00").param("place", "Raum 1").param("version", "0")
                .with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Beginn").contains("Ort").contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("select place from casework.appointment where id = :id").param("id", appointmentId).query(String.class).single())
                .isEqualTo("Raum 2");
        // An end before the start is a message at the end time.
        String wrong = mvc.perform(post("/cases/{id}/appointments", caseId).param("date", day).param("startTime", "12:00")
                .param("endTime", "11:00").with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"endTime-error\"").contains("Das Ende muss nach dem Beginn liegen.");
    }

    @Test
    void theStartPageListsWhatIsOverdueDueThisWeekAndDocumentsRunningOut() throws Exception {
        UUID caseId = openCase("Fristprobe");
        LocalDate today = LocalDate.now(BERLIN);
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        addDeadline(caseId, "OFFICE_ANSWER", today.minusDays(3), "Antwort Familienkasse");
        addDeadline(caseId, "COURSE_START", sunday, "Integrationskurs beginnt");
        addDeadline(caseId, "DULDUNG_EXPIRY", today.plusDays(59), "Duldung verlängern");
        addDeadline(caseId, "RESIDENCE_DOCUMENT_EXPIRY", today.plusDays(61), "Aufenthaltserlaubnis noch lange gültig");
        mvc.perform(post("/cases/{id}/appointments", caseId).param("date", sunday.toString()).param("startTime", "23:00")
                .param("endTime", "23:30").with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().is3xxRedirection());
        // Steps of the help plan: open ones of a pursued goal count; done ones and those of an ended goal do not.
        UUID plan = UUID.randomUUID();
        UUID pursued = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        jdbc.sql("insert into casework.help_plan (id, client_case, number) values (:id, :c, 1)").param("id", plan).param("c", caseId).update();
        jdbc.sql("""
                insert into casework.goal (id, help_plan, life_area, wording, agreed_on, outcome, ended_on) values
                  (:pursued, :plan, 'WORK', 'Arbeit finden', current_date, null, null),
                  (:ended, :plan, 'HOUSING', 'Wohnung finden', current_date, 'REACHED', current_date)""")
                .param("pursued", pursued).param("ended", ended).param("plan", plan).update();
        jdbc.sql("""
                insert into casework.step (id, goal, what, actor, due_on, status) values
                  (gen_random_uuid(), :pursued, 'Zeugnisse übersetzen lassen', 'THE_CLIENT', :overdue, 'OPEN'),
                  (gen_random_uuid(), :pursued, 'Lebenslauf schreiben', 'THE_CLIENT', :overdue, 'DONE'),
                  (gen_random_uuid(), :pursued, 'Termin bei der Berufsberatung', 'CASE_MANAGER', :sunday, 'OPEN'),
                  (gen_random_uuid(), :ended, 'Besichtigung vereinbaren', 'THE_CLIENT', :overdue, 'OPEN')""")
                .param("pursued", pursued).param("ended", ended).param("overdue", today.minusDays(2)).param("sunday", sunday).update();

        org.jsoup.nodes.Document start = org.jsoup.Jsoup.parse(mvc.perform(get("/").with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(start.select("#due-overdue li").text()).contains("Antwort Familienkasse").contains("Fristprobe, Amina")
                .doesNotContain("Integrationskurs");
        assertThat(start.select("#due-week li").text()).contains("Integrationskurs beginnt").contains("Termin")
                .doesNotContain("Duldung verlängern");
        assertThat(start.select("#due-documents li").text()).contains("Duldung verlängern").doesNotContain("noch lange gültig");
        assertThat(start.select("#due-overdue a").attr("href")).isEqualTo("/cases/" + caseId);
        assertThat(start.select("#due-overdue li").text()).contains("Schritt im Hilfeplan Zeugnisse übersetzen lassen")
                .doesNotContain("Lebenslauf schreiben").doesNotContain("Besichtigung vereinbaren");
        assertThat(start.select("#due-overdue a[href$=#help-plan]")).isNotEmpty();
        assertThat(start.select("#due-week li").text()).contains("Termin bei der Berufsberatung");

        SignedInUser colleague = new SignedInUser(UUID.randomUUID(), "cm-other", "Other", caseManager.organisationId(), "Caritas",
                Set.of(Role.CASE_MANAGER), false);
        org.jsoup.nodes.Document empty = org.jsoup.Jsoup.parse(mvc.perform(get("/").with(TestUsers.as(colleague)))
                .andReturn().getResponse().getContentAsString());
        assertThat(empty.select("#due-overdue").text()).contains("Nichts ist überfällig.");
        assertThat(empty.select("#due-week").text()).contains("Diese Woche ist nichts fällig.");
        assertThat(empty.select("#due-documents").text()).contains("In den nächsten 60 Tagen läuft kein Dokument ab.");
    }

    private void addDeadline(UUID caseId, String kind, LocalDate due, String description) throws Exception {
        mvc.perform(post("/cases/{id}/deadlines", caseId).param("kind", kind).param("dueOn", due.toString())
                .param("description", description).with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAppointmentReadsBackFromItsCalendarFileWithoutTheClientsName() throws Exception {
        UUID caseId = openCase("Kalenderprobe");
        LocalDate day = LocalDate.now(BERLIN).plusDays(10);
        mvc.perform(post("/cases/{id}/appointments", caseId).param("date", day.toString()).param("startTime", "09:30")
                .param("endTime", "10:45").param("place", "Ausländerbehörde, Zimmer 114").param("participants", "Frau Muster (ABH)")
                .param("interpreterNeeded", "true").param("interpreterLanguage", "Tigrinya").param("notes", "Pass mitbringen")
                .with(TestUsers.as(caseManager)).with(csrf())).andExpect(status().is3xxRedirection());
        UUID appointmentId = jdbc.sql("select id from casework.appointment where client_case = :c").param("c", caseId).query(UUID.class).single();

        MockHttpServletResponse response = mvc.perform(get("/cases/{id}/appointments/{a}.ics", caseId, appointmentId)
                .with(TestUsers.as(caseManager))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = response.getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(appointmentId + "@lotse");
        assertThat(event.getSummary().getValue()).isEqualTo("Termin Fallmanagement (Fall " + caseId.toString().substring(0, 8).toUpperCase() + ")");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        assertThat(java.time.ZonedDateTime.from(event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(day.atTime(9, 30).atZone(BERLIN));
        assertThat(java.time.ZonedDateTime.from(event.getEndDate().orElseThrow().getDate()))
                .isEqualTo(day.atTime(10, 45).atZone(BERLIN));
        assertThat(event.getLocation().getValue()).isEqualTo("Ausländerbehörde, Zimmer 114");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        // Data minimisation: no name, no participants, no notes, no language.
        assertThat(ics).doesNotContain("Kalenderprobe").doesNotContain("Amina").doesNotContain("Muster")
                .doesNotContain("Pass mitbringen").doesNotContain("Tigrinya");

        // The same appointment, with the same UID, in the case manager's own calendar file.
        String mine = mvc.perform(get("/appointments.ics").with(TestUsers.as(caseManager))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Calendar all = new CalendarBuilder().build(new ByteArrayInputStream(mine.getBytes(StandardCharsets.UTF_8)));
        assertThat(all.<VEvent>getComponents("VEVENT")).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly(appointmentId + "@lotse");
        assertThat(jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'APPOINTMENT' and action = 'EXPORT' and actor_username = :u")
                .param("u", caseManager.username()).query(Integer.class).single()).isEqualTo(1);
    }
}
