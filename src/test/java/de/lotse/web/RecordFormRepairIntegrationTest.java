package de.lotse.web;

import de.lotse.accounts.Role;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A value the form cannot convert ends in a German message at its field, with the rest of the input kept. */
@LotseIntegrationTest
class RecordFormRepairIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aYearThatIsNoNumberIsShownAtItsFieldNotAsAnErrorPage() throws Exception {
        mvc.perform(post("/clients").with(TestUsers.as(Role.CASE_MANAGER)).with(csrf())
                        .param("familyName", "Formfehler-Probe").param("givenNames", "Rami").param("birthYear", "neunzehnhundert")
                        .param("birthDate", "2024-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"birthYear-error\"")))
                .andExpect(content().string(containsString("id=\"birthDate-error\"")))
                .andExpect(content().string(containsString("value=\"Formfehler-Probe\"")));
    }

    @Test
    void aMissingNameBesideTheBadValueIsNamedToo() throws Exception {
        mvc.perform(post("/clients").with(TestUsers.as(Role.CASE_MANAGER)).with(csrf())
                        .param("familyName", "").param("givenNames", "Rami").param("birthYear", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"birthYear-error\"")))
                .andExpect(content().string(containsString("id=\"familyName-error\"")));
    }
}
