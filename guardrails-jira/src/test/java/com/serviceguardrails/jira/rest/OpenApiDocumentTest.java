package com.serviceguardrails.jira.rest;

import org.junit.Test;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** docs/openapi.yaml documents every path and method the resources serve. */
public class OpenApiDocumentTest {

    @Test
    public void everyResourceMethodIsDocumented() throws IOException {
        String yaml = Files.readString(java.nio.file.Path.of("..", "docs", "openapi.yaml"));
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : List.of(CheckResource.class, ConfigResource.class, AuditResource.class, AllowListSuggestionsResource.class)) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                        : method.isAnnotationPresent(PUT.class) ? "put" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/" + String.join("/", List.of(base, sub == null ? "" : sub.value()).stream().filter(s -> !s.isEmpty()).toList());
                int at = yaml.indexOf("\n  " + path + ":\n");
                int next = at < 0 ? -1 : yaml.indexOf("\n  /", at + 1);
                String block = at < 0 ? "" : yaml.substring(at, next < 0 ? yaml.indexOf("\ncomponents:") : next);
                if (!block.contains("\n    " + verb + ":")) {
                    missing.add(verb.toUpperCase() + " " + path);
                }
            }
        }
        assertEquals("undocumented in docs/openapi.yaml", List.of(), missing);
    }
}
