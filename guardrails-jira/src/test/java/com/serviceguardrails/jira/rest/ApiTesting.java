package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;

/** Helpers for API tests: request bodies and reading answers as JSON. */
final class ApiTesting {

    static final String XSRF = Xsrf.VALUE;

    private ApiTesting() {
    }

    static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(ApiResponse response) {
        return RequestBodies.MAPPER.valueToTree(response.body());
    }

    /** Asserts the status and, for errors, that the first error has this path. */
    static JsonNode expect(int status, ApiResponse response) {
        assertEquals(String.valueOf(response.body()), status, response.status());
        return json(response);
    }

    static String firstErrorPath(JsonNode answer) {
        return answer.path("errors").path(0).path("path").asText();
    }
}
