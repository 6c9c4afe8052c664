package de.lotse.casework;

import de.lotse.support.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two client calls whose shape the issue fixes, search-before-create across spellings, and the
 * organisation boundary.
 */
@LotseIntegrationTest
class ClientApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions register(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/clients").with(httpBasic(user, LotseIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions duplicates(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/clients/duplicates?" + query).with(httpBasic(user, LotseIntegrationTest.DEMO_PASSWORD)));
    }

    private String registered(String user, String json) throws Exception {
        String body = register(user, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void registeringAnswers201WithTheId() throws Exception {
        register("fallmanagement", """
                {"familyName": "Al-Hassan", "givenNames": "Mohammed", "birthDate": "1990-04-02"}
                """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/clients/")));
    }

    @Test
    void spellingsOfTheSameNameAreFoundBestFirst() throws Exception {
        String id = registered("fallmanagement", """
                {"familyName": "Abdelrahman", "givenNames": "Yusuf", "birthDate": "1987-11-23"}
                """);
        registered("fallmanagement", """
                {"familyName": "Abdelrahman", "givenNames": "Jamila", "birthDate": "1989-02-14"}
                """);
        duplicates("fallmanagement", "familyName=Abd%20el-Rahman&givenNames=Jusuf&birthYear=1987")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].familyName").value("Abdelrahman"))
                .andExpect(jsonPath("$[0].givenNames").value("Yusuf"))
                .andExpect(jsonPath("$[0].birthDate").value("1987-11-23"))
                .andExpect(jsonPath("$[0].score").value(closeTo(0.85, 0.15)));
    }

    @Test
    void transliterationsUmlautsAndCyrillicAreFound() throws Exception {
        String oleksandr = registered("fallmanagement", """
                {"familyName": "Shevchenko", "givenNames": "Oleksandr", "birthYear": 1984,
                 "familyNameOriginal": "Шевченко", "givenNamesOriginal": "Олександр"}
                """);
        duplicates("fallmanagement", "familyName=Schewtschenko&givenNames=Aleksandr&birthYear=1984")
                .andExpect(jsonPath("$[0].id").value(oleksandr));
        String grosse = registered("fallmanagement", """
                {"familyName": "Große", "givenNames": "Jürgen", "birthDate": "1961-07-01"}
                """);
        duplicates("fallmanagement", "familyName=Grosse&givenNames=Juergen&birthYear=1961")
                .andExpect(jsonPath("$[0].id").value(grosse));
    }

    @Test
    void otherOrganisationsClientsAreNeverShown() throws Exception {
        registered("fallmanagement", """
                {"familyName": "Karimi", "givenNames": "Soraya", "birthDate": "1995-03-03"}
                """);
        // fallmanagement2 works for the Stadt Lotsenbrück, not the Caritas.
        duplicates("fallmanagement2", "familyName=Karimi&givenNames=Soraya&birthYear=1995")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aDifferentPersonIsNotSuggested() throws Exception {
        registered("fallmanagement", """
                {"familyName": "Nowak", "givenNames": "Piotr", "birthDate": "1979-05-05"}
                """);
        duplicates("fallmanagement", "familyName=Nowak&givenNames=Piotr&birthYear=1995").andExpect(jsonPath("$", hasSize(0)));
        duplicates("fallmanagement", "familyName=Berger&givenNames=Lena&birthYear=1979").andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void registrationsAndEveryClientShownAreAudited() throws Exception {
        String id = registered("fallmanagement", """
                {"familyName": "Haddad", "givenNames": "Rania", "birthDate": "1992-08-08"}
                """);
        duplicates("fallmanagement", "familyName=Hadad&givenNames=Rania&birthYear=1992").andExpect(jsonPath("$[0].id").value(id));
        assertThat(jdbc.sql("select action from privacy.audit_entry where record_type = 'CLIENT' and record_id = :id order by sequence")
                .param("id", id).query(String.class).list()).containsExactly("CREATE", "READ");
        assertThat(jdbc.sql("select actor_username from privacy.audit_entry where record_type = 'CLIENT' and record_id = :id")
                .param("id", id).query(String.class).list()).containsOnly("fallmanagement");
    }

    @Test
    void namesArriveNormalised() throws Exception {
        String id = registered("fallmanagement", "{\"familyName\": \"  Mu\\u0308ller\\u00a0\", \"givenNames\": \"Eva\"}");
        assertThat(jdbc.sql("select family_name from casework.client where id = cast(:id as uuid)").param("id", id)
                .query(String.class).single()).isEqualTo("Müller");
    }

    @Test
    void badInputGetsGermanMessagesPerField() throws Exception {
        register("fallmanagement", """
                {"familyName": "", "givenNames": "Anna", "birthDate": "2999-01-01", "email": "keine-adresse"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors[?(@.field == 'familyName')].message").value("Bitte füllen Sie dieses Feld aus."))
                .andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message").value("Das Datum darf nicht in der Zukunft liegen."))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
        register("fallmanagement", "{\"familyName\": \"A\", \"givenNames\": \"B\", \"birthDate\": \"02.04.1990\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
        register("fallmanagement", "{\"familyName\": \"A\", \"givenNames\": \"B\", \"birthDate\": \"1990-04-02\", \"birthYear\": 1991}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Das Geburtsjahr passt nicht zum Geburtsdatum."));
        duplicates("fallmanagement", "familyName=Nur").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenNames"));
        duplicates("fallmanagement", "familyName=A&givenNames=B&birthYear=neunzehn").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("birthYear"));
    }

    @Test
    void aConcurrentChangeEndsIn409WithWhatChangedAndOverwritesNothing() throws Exception {
        String id = registered("fallmanagement", """
                {"familyName": "Jaber", "givenNames": "Hiba", "birthYear": 1993}
                """);
        mvc.perform(get("/api/v1/clients/" + id).with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value("Jaber"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.familyKey").doesNotExist());
        // A colleague saves first, from version 0.
        put(id, """
                {"familyName": "Jaber", "givenNames": "Hiba", "birthYear": 1993, "phone": "0170 1234567", "version": 0}
                """).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        // This caller still holds version 0.
        put(id, """
                {"familyName": "Jaber", "givenNames": "Hiba", "birthYear": 1993, "languages": "Arabisch", "version": 0}
                """)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Gleichzeitige Änderung"))
                .andExpect(jsonPath("$.changedFields").value(org.hamcrest.Matchers.containsInAnyOrder("phone", "languages")));
        mvc.perform(get("/api/v1/clients/" + id).with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(jsonPath("$.phone").value("0170 1234567"))
                .andExpect(jsonPath("$.languages").doesNotExist());
        put(id, """
                {"familyName": "Jaber", "givenNames": "Hiba"}
                """).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'CLIENT' and record_id = :id and action = 'UPDATE'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsClientIsNotFoundViaTheApi() throws Exception {
        String id = registered("fallmanagement", """
                {"familyName": "Sarwari", "givenNames": "Nadia"}
                """);
        mvc.perform(get("/api/v1/clients/" + id).with(httpBasic("fallmanagement2", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/clients/" + id)
                        .with(httpBasic("fallmanagement2", LotseIntegrationTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\": \"X\", \"givenNames\": \"Y\", \"version\": 0}"))
                .andExpect(status().isNotFound());
    }

    private ResultActions put(String id, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/clients/" + id)
                .with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void onlyCaseManagementMayRegisterOrSearch() throws Exception {
        for (String user : new String[] {"koordination", "lenkungsgruppe", "meldung", "abh", "datenschutz", "admin"}) {
            duplicates(user, "familyName=A&givenNames=B").andExpect(status().isForbidden());
            register(user, "{\"familyName\": \"A\", \"givenNames\": \"B\"}").andExpect(status().isForbidden());
        }
        duplicates("teamleitung", "familyName=A&givenNames=B").andExpect(status().isOk());
    }
}
