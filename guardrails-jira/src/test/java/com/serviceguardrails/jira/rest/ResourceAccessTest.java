package com.serviceguardrails.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.junit.Test;

import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The REST resources as the framework sees them: every one declares who may call it, every write takes the XSRF header. */
public class ResourceAccessTest {

    private static final List<Class<?>> RESOURCES = List.of(CheckResource.class, ConfigResource.class, AuditResource.class, AllowListSuggestionsResource.class);

    @Test
    public void everyResourceDeclaresItsAccessAndConfigIsAdminOnly() {
        for (Class<?> resource : RESOURCES) {
            assertTrue(resource + " has @Path", resource.isAnnotationPresent(Path.class));
            assertTrue(resource + " declares access", resource.isAnnotationPresent(AdminOnly.class) || resource.isAnnotationPresent(LicensedOnly.class));
        }
        assertTrue(ConfigResource.class.isAnnotationPresent(AdminOnly.class));
        assertTrue(AllowListSuggestionsResource.class.isAnnotationPresent(AdminOnly.class));
    }

    @Test
    public void everyWriteReadsTheXsrfHeader() {
        List<String> unprotected = new ArrayList<>();
        int writes = 0;
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)) {
                    writes++;
                    if (!takesXsrfHeader(method)) {
                        unprotected.add(resource.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertEquals("writes without the XSRF header: " + unprotected, List.of(), unprotected);
        assertEquals(8, writes);
    }

    private static boolean takesXsrfHeader(Method method) {
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            for (Annotation annotation : parameter) {
                if (annotation instanceof HeaderParam header && header.value().equals(Xsrf.HEADER)) {
                    return true;
                }
            }
        }
        return false;
    }
}
