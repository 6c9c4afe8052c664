package de.lotse.network;

import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LotseIntegrationTest
class OrganisationAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    Municipalities municipalities;

    @Test
    void theDemoUnitHasItsKommunenAndNetwork() {
        assertThat(municipalities.count()).isEqualTo(10);
        assertThat(organisations.findAll()).extracting(Organisation::type)
                .contains(OrganisationType.INTEGRATION_CENTRE, OrganisationType.IMMIGRATION_OFFICE, OrganisationType.JOBCENTER,
                        OrganisationType.EMPLOYMENT_AGENCY, OrganisationType.YOUTH_WELFARE_OFFICE);
        // Other tests add organisations to the shared database; the demo's own all carry the district's name.
        var demo = organisations.findAll().stream().filter(o -> o.name().contains("Lotsenbrück") || o.name().contains("Brückenschlag")).toList();
        assertThat(demo.stream().filter(o -> o.type() == OrganisationType.WELFARE_ORGANISATION)).hasSize(3);
        assertThat(demo.stream().filter(o -> o.type() == OrganisationType.LANGUAGE_COURSE_PROVIDER)).hasSize(2);
        assertThat(organisations.findAll().stream().filter(o -> o.type() == OrganisationType.MUNICIPALITY)).hasSize(10);
    }

    @Test
    void anAdministratorCreatesEditsAndDeactivatesAnOrganisation() throws Exception {
        String name = "Beratungsstelle Nord " + System.nanoTime();
        MvcResult created = mvc.perform(post("/admin/organisations").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", "  " + name + "  ").param("type", "OTHER").param("postalCode", "59999"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Organisation organisation = organisations.findByName(name).orElseThrow();
        assertThat(created.getResponse().getRedirectedUrl()).endsWith(organisation.id().toString());
        assertThat(organisation.name()).as("trimmed at the edge").isEqualTo(name);

        mvc.perform(post("/admin/organisations/" + organisation.id()).with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", name).param("type", "SCHOOL").param("city", "Dornwalde")
                        .param("version", organisation.version().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.findById(organisation.id()).orElseThrow())
                .extracting(Organisation::type, Organisation::city).containsExactly(OrganisationType.SCHOOL, "Dornwalde");

        mvc.perform(post("/admin/organisations/" + organisation.id() + "/deactivate").with(TestUsers.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.findById(organisation.id()).orElseThrow().active()).isFalse();
        assertThat(organisations.findActive()).extracting(Organisation::id).doesNotContain(organisation.id());
    }

    @Test
    void badInputGetsGermanMessagesAtTheFieldsAndNothingIsStored() throws Exception {
        long before = organisations.count();
        mvc.perform(post("/admin/organisations").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", "").param("type", "").param("postalCode", "123").param("email", "kein-at-zeichen")
                        .param("website", "ftp://x").param("street", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte korrigieren Sie die folgenden Angaben")))
                .andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")))
                .andExpect(content().string(containsString("Bitte wählen Sie einen Wert aus.")))
                .andExpect(content().string(containsString("Bitte geben Sie eine fünfstellige Postleitzahl ein.")))
                .andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse ein")))
                .andExpect(content().string(containsString("Bitte geben Sie höchstens 200 Zeichen ein.")))
                .andExpect(content().string(containsString("id=\"postalCode-error\"")));
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void anUnknownTypeIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(post("/admin/organisations").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", "Irgendwas").param("type", "GIBT_ES_NICHT").param("municipalityId", "keine-uuid"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dieser Wert hat nicht das erwartete Format.")));
    }

    @Test
    void aDuplicateNameIsRefusedAtTheField() throws Exception {
        mvc.perform(post("/admin/organisations").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", "jobcenter kreis lotsenbrück").param("type", "JOBCENTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eine Organisation mit diesem Namen gibt es bereits.")));
    }

    @Test
    void aConcurrentChangeEndsInAConflictNotASilentOverwrite() throws Exception {
        Organisation created = organisations.save(Organisation.create("Konflikt-Test " + System.nanoTime(), OrganisationType.OTHER, null));
        String staleVersion = created.version().toString();
        // Someone else saves first.
        mvc.perform(post("/admin/organisations/" + created.id()).with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", created.name()).param("type", "OTHER").param("city", "Altenweiler").param("version", staleVersion))
                .andExpect(status().is3xxRedirection());
        // Then this user saves with the version they loaded.
        mvc.perform(post("/admin/organisations/" + created.id()).with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", created.name()).param("type", "OTHER").param("city", "Birkenhagen").param("version", staleVersion))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat diesen Datensatz inzwischen geändert.")))
                .andExpect(content().string(containsString("<li>Ort</li>")));
        assertThat(organisations.findById(created.id()).orElseThrow().city()).isEqualTo("Altenweiler");
    }

    @Test
    void theListShowsEveryOrganisation() throws Exception {
        mvc.perform(get("/admin/organisations").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück")))
                .andExpect(content().string(containsString("Stadt Kappelsiek")));
    }

    @Test
    void aMissingOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/admin/organisations/" + UUID.randomUUID()).with(TestUsers.as(Role.ADMIN))).andExpect(status().isNotFound());
    }
}
