package com.serviceguardrails.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;

/** {@code /rest/service-guardrails/1.0/allow-list-suggestions}: leads' suggestions waiting for the admin, and dismissing one. Admins only. */
@Path("allow-list-suggestions")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AllowListSuggestionsResource {

    private final AllowListSuggestionsApi api;

    public AllowListSuggestionsResource(AllowListSuggestionsApi api) {
        this.api = api;
    }

    @GET
    public Response list() {
        return JaxRs.response(api.list());
    }

    @POST
    @Path("dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@HeaderParam(Xsrf.HEADER) String xsrf, InputStream body) {
        return JaxRs.response(api.dismiss(xsrf, body));
    }
}
