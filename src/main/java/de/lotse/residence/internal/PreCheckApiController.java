package de.lotse.residence.internal;

import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/pre-checks}: the pre-check (Vorprüfung) for API clients, for ABH staff and case managers.
 * The facts in the request are not stored: nothing about the person stays in Lotse after the answer.
 */
@RestController
class PreCheckApiController {

    private final PreCheckEngine engine;

    PreCheckApiController(PreCheckEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/api/v1/pre-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PreCheckResult check(@RequestBody PreCheckRequest request) {
        return engine.check(request);
    }
}
