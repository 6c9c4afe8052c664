package de.lotse.web;

import de.lotse.accounts.Role;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

@LotseIntegrationTest
class SecurityHeadersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesForbidInlineScriptsFramingAndCaching() throws Exception {
        mvc.perform(get("/admin/users").with(TestUsers.as(Role.ADMIN)))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self'"), not(containsString("unsafe-inline")),
                        containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void strictTransportSecurityIsSentOverHttps() throws Exception {
        mvc.perform(get("https://lotse.example/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
