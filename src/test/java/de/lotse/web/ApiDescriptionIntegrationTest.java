package de.lotse.web;

import de.lotse.accounts.Role;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI description names every API call, and only the API. */
@LotseIntegrationTest
class ApiDescriptionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiForSignedInUsers() throws Exception {
        mvc.perform(get("/v3/api-docs").with(TestUsers.as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/pre-checks'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/clients'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/clients/duplicates'].get").exists())
                .andExpect(jsonPath("$.paths['/admin/users']").doesNotExist());
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    }
}
