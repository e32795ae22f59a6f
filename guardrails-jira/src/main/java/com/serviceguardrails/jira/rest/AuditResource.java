package com.serviceguardrails.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/**
 * {@code audit}, {@code audit.csv}, {@code report} and {@code false-positive}. The framework admits licensed users;
 * {@link AuditApi} then admits only admins and leads.
 */
@Path("")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditApi api;

    public AuditResource(AuditApi api) {
        this.api = api;
    }

    @GET
    @Path("audit")
    public Response audit(@QueryParam("kind") List<String> kinds, @QueryParam("user") String user, @QueryParam("issue") String issue,
                          @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit) {
        return JaxRs.response(api.list(kinds, user, issue, from, to, limit));
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response auditCsv(@QueryParam("kind") List<String> kinds, @QueryParam("user") String user, @QueryParam("issue") String issue,
                             @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit) {
        Response response = JaxRs.response(api.csv(kinds, user, issue, from, to, limit));
        return response.getStatus() != 200 ? response
                : Response.fromResponse(response).header("Content-Disposition", "attachment; filename=\"service-guardrails-audit.csv\"").build();
    }

    @GET
    @Path("report")
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("zone") String zone) {
        return JaxRs.response(api.report(from, to, zone));
    }

    @POST
    @Path("false-positive")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response falsePositive(@HeaderParam(Xsrf.HEADER) String xsrf, InputStream body) {
        return JaxRs.response(api.falsePositive(xsrf, body));
    }
}
