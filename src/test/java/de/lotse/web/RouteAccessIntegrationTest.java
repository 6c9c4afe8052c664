package de.lotse.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import de.lotse.accounts.Role;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the application, tried signed out and as every role: signed-out users are sent to sign in,
 * roles the route table does not admit are refused with 403, and roles it admits are let through. The
 * routes come from the running application, so a new controller is tested the moment it exists, and a
 * controller route missing from {@link AccessRules} fails this test.
 */
@LotseIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIntegrationTest {

    record Route(HttpMethod method, String pattern) {

        String examplePath() {
            return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    List<Route> routes;

    @BeforeAll
    void collectRoutes() {
        routes = new ArrayList<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() == null ? Set.of() : info.getPathPatternsCondition().getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern));
                } else {
                    methods.forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), pattern)));
                }
            }
        }
    }

    Stream<Route> routes() {
        return routes.stream();
    }

    Stream<Arguments> routesAndRoles() {
        return routes.stream().flatMap(route -> Stream.of(Role.values()).map(role -> Arguments.of(route, role)));
    }

    @Test
    void findsTheApplicationsRoutes() {
        assertThat(routes).extracting(Route::pattern)
                .contains("/", "/login", "/admin/organisations", "/admin/users/{id}", "/admin/audit", "/account/password",
                        "/api/v1/pre-checks");
    }

    @ParameterizedTest(name = "{0} is listed in the route table")
    @MethodSource("routes")
    void everyRouteIsListedInTheRouteTable(Route route) {
        assertThat(AccessRules.ruleFor(route.examplePath())).as("rule for %s", route).isPresent();
    }

    @ParameterizedTest(name = "{0} signed out")
    @MethodSource("routes")
    void signedOutUsersAreSentToSignIn(Route route) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(route.method(), route.examplePath()).with(csrf())).andReturn().getResponse();
        AccessRules.Rule rule = AccessRules.ruleFor(route.examplePath()).orElseThrow();
        if (rule.audience() == AccessRules.Audience.PUBLIC) {
            assertThat(response.getStatus()).as("%s is public", route).isNotIn(401, 403);
            assertThat(response.getRedirectedUrl()).as("%s is public", route).satisfiesAnyOf(
                    url -> assertThat(url).isNull(), url -> assertThat(url).doesNotEndWith("/login"));
        } else if (route.pattern().startsWith("/api/")) {
            assertThat(response.getStatus()).as("%s signed out", route).isEqualTo(401);
        } else {
            assertThat(response.getStatus()).as("%s signed out", route).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as("%s signed out", route).endsWith("/login");
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndRoles")
    void eachRoleGetsExactlyTheRoutesTheTableGivesIt(Route route, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), route.examplePath()).with(TestUsers.as(role)).with(csrf());
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        boolean admitted = AccessRules.admits(route.examplePath(), EnumSet.of(role));
        if (admitted) {
            assertThat(response.getStatus()).as("%s as %s", route, role).isNotIn(401, 403);
            assertThat(response.getRedirectedUrl()).as("%s as %s", route, role).satisfiesAnyOf(
                    url -> assertThat(url).isNull(), url -> assertThat(url).doesNotEndWith("/login"));
        } else {
            assertThat(response.getStatus()).as("%s as %s", route, role).isEqualTo(403);
        }
    }

    @Test
    void coordinatorsAndCaseManagersCannotAdministerAccounts() throws Exception {
        // A spelled-out case of the table, so that a wrong edit of the table itself is caught too.
        for (Role role : List.of(Role.COORDINATOR, Role.CASE_MANAGER, Role.STEERING_MEMBER, Role.REPORTER)) {
            assertThat(mvc.perform(request(HttpMethod.GET, "/admin/users").with(TestUsers.as(role))).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(mvc.perform(request(HttpMethod.GET, "/admin/audit").with(TestUsers.as(Role.DATA_PROTECTION_OFFICER)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void unknownRoutesAreDeniedNotOpened() throws Exception {
        assertThat(mvc.perform(request(HttpMethod.GET, "/internal/anything").with(TestUsers.as(Role.ADMIN)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
