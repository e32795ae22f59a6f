package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;

import javax.ws.rs.core.Response;

/** Turns an {@link ApiResponse} into a JAX-RS response; JSON is written here so no JSON provider is assumed. */
final class JaxRs {

    private JaxRs() {
    }

    static Response response(ApiResponse answer) {
        Object entity = answer.body();
        if (!(entity instanceof String)) {
            try {
                entity = RequestBodies.MAPPER.writeValueAsString(entity);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write response", e);
            }
        }
        return Response.status(answer.status()).type(answer.mediaType() + ";charset=UTF-8").header("Cache-Control", "no-store").entity(entity).build();
    }
}
