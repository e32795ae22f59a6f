package com.serviceguardrails.jira.rest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an endpoint answers, before JAX-RS: an HTTP status, a body (serialised as JSON unless {@code mediaType} says
 * otherwise) and its media type. Errors always have the shape {@code {"errors":[{"path","message"}]}}.
 */
public record ApiResponse(int status, Object body, String mediaType) {

    public static final String JSON = "application/json";

    public ApiResponse {
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, JSON);
    }

    public static ApiResponse error(int status, String path, String message) {
        return errors(status, List.of(new ApiError(path, message)));
    }

    public static ApiResponse errors(int status, List<ApiError> errors) {
        return new ApiResponse(status, Map.of("errors", List.copyOf(errors)), JSON);
    }

    public static ApiResponse forbidden() {
        return error(403, "", "you do not have permission to do this");
    }

    public static ApiResponse unauthenticated() {
        return error(401, "", "log in first");
    }

    /** One error: the JSON path or parameter it is about ({@code ""} for the request as a whole) and why. */
    public record ApiError(String path, String message) {
    }
}
