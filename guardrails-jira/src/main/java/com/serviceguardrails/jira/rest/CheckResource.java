package com.serviceguardrails.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;

/** {@code /rest/service-guardrails/1.0/check}: the reply guard's endpoint. Licensed agents only. */
@Path("check")
@LicensedOnly
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {

    private final CheckApi api;

    public CheckResource(CheckApi api) {
        this.api = api;
    }

    @POST
    public Response check(@HeaderParam(Xsrf.HEADER) String xsrf, InputStream body) {
        return JaxRs.response(api.check(xsrf, body));
    }

    @POST
    @Path("override")
    public Response override(@HeaderParam(Xsrf.HEADER) String xsrf, InputStream body) {
        return JaxRs.response(api.override(xsrf, body));
    }
}
