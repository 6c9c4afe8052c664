package de.lotse.web;

import de.lotse.support.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health is open for load balancers; metrics and every API call need HTTP Basic and the right role, and
 * refusals come as RFC 9457 problem details in German.
 */
@LotseIntegrationTest
class ApiAndOperationsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthLivenessAndReadinessAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void metricsNeedAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Lotse\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht angemeldet"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("koordination", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Ihre Rolle erlaubt diese Anfrage nicht."));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void unknownApiRoutesAreDeniedEvenToAdministrators() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").with(httpBasic("admin", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aWrongApiPasswordIsRefusedWithAProblem() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "falsch-falsch-falsch"))
                        .with(de.lotse.support.TestUsers.from("10.99.0.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
