package de.lotse.residence.internal;

import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts and results as stored (jsonb): the API's own JSON shape, so a stored request can be sent to
 * {@code POST /api/v1/pre-checks} as it is, and a stored result reads like the API's answer.
 */
@Component
class PreCheckJson {

    private final JsonMapper json;

    PreCheckJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    PreCheckRequest request(String text) {
        return json.readValue(text, PreCheckRequest.class);
    }

    PreCheckRequest.Person person(String text) {
        return json.readValue(text, PreCheckRequest.Person.class);
    }

    PreCheckResult result(String text) {
        return json.readValue(text, PreCheckResult.class);
    }
}
