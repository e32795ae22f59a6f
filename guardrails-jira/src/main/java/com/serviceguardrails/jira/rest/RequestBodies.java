package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies with a size limit (the stream is never read past the limit) and parses JSON strictly
 * (duplicate keys, trailing garbage and deep nesting are errors). Failures come back as ready-made error responses.
 */
public final class RequestBodies {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private RequestBodies() {
    }

    /** The body as UTF-8 text, or a 413 error when it has more than {@code maxBytes} bytes. */
    public static Result<String> text(InputStream body, int maxBytes) {
        if (body == null) {
            return Result.failure(ApiResponse.error(400, "", "the request has no body"));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    return Result.failure(ApiResponse.error(413, "", "the request body is larger than " + maxBytes + " bytes"));
                }
                out.write(buffer, 0, n);
            }
            return Result.success(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Result.failure(ApiResponse.error(400, "", "the request body could not be read"));
        }
    }

    /** The body as a JSON object, or a 400/413 error naming the line and column of the problem. */
    public static Result<JsonNode> jsonObject(InputStream body, int maxBytes) {
        Result<String> text = text(body, maxBytes);
        if (text.failure() != null) {
            return Result.failure(text.failure());
        }
        try {
            JsonNode node = MAPPER.readTree(text.value());
            if (node == null || !node.isObject()) {
                return Result.failure(ApiResponse.error(400, "", "expected a JSON object"));
            }
            return Result.success(node);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            return Result.failure(ApiResponse.error(400, "", "not valid JSON: " + at + e.getOriginalMessage()));
        }
    }

    /** A value or the error response that stands for it. */
    public record Result<T>(T value, ApiResponse failure) {
        static <T> Result<T> success(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> failure(ApiResponse failure) {
            return new Result<>(null, failure);
        }
    }
}
