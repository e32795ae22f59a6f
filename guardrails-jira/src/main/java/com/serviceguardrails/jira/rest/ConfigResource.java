package com.serviceguardrails.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;

/** {@code /rest/service-guardrails/1.0/config}: read, validate, save, macro preview, history and rollback. Admins only. */
@Path("config")
@AdminOnly
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    private final ConfigApi api;

    public ConfigResource(ConfigApi api) {
        this.api = api;
    }

    @GET
    public Response get() {
        return JaxRs.response(api.get());
    }

    @PUT
    public Response put(@HeaderParam(Xsrf.HEADER) String xsrf, InputStream body) {
        return JaxRs.response(api.put(xsrf, body));
    }

    @POST
    @Path("validate")
    public Response validate(@HeaderParam(Xsrf.HEADER) String xsrf, InputStream body) {
        return JaxRs.response(api.validate(xsrf, body));
    }

    @POST
    @Path("preview")
    public Response preview(@HeaderParam(Xsrf.HEADER) String xsrf, InputStream body) {
        return JaxRs.response(api.preview(xsrf, body));
    }

    @GET
    @Path("history")
    public Response history() {
        return JaxRs.response(api.history());
    }

    @POST
    @Path("rollback/{id}")
    public Response rollback(@HeaderParam(Xsrf.HEADER) String xsrf, @PathParam("id") long id) {
        return JaxRs.response(api.rollback(xsrf, id));
    }
}
