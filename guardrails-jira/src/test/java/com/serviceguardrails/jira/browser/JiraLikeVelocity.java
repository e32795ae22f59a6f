package com.serviceguardrails.jira.browser;

import com.serviceguardrails.jira.panel.HtmlEscaper;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the plugin's real Velocity templates the way Jira's template renderer does: strict about unknown
 * references, and auto-escaping every inserted value unless the reference ends in a name ending with {@code Html}
 * (Jira's rule). The templates escape explicitly through {@code $esc.escapeHtml}, so text is escaped exactly once
 * either way; a template that printed raw customer text would still be caught by the browser tests.
 */
final class JiraLikeVelocity {

    private final VelocityEngine engine = new VelocityEngine();

    JiraLikeVelocity() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.init();
    }

    String render(String template, Map<String, Object> values) {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new AutoEscape());
        cartridge.attachToContext(context);
        Template compiled = engine.getTemplate(template, StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        compiled.merge(context, out);
        return out.toString();
    }

    /** Jira's auto-escaping: values of references whose last name ends in "Html" are trusted, all others escaped. */
    static final class AutoEscape implements ReferenceInsertionEventHandler {
        private static final HtmlEscaper ESCAPER = new HtmlEscaper();

        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            return value == null || lastName(reference).endsWith("Html") ? value : ESCAPER.escapeHtml(value);
        }

        /** "$!{a.b.escapeHtml($x)}" -> "escapeHtml" */
        static String lastName(String reference) {
            String r = reference;
            int paren = r.indexOf('(');
            if (paren >= 0) {
                r = r.substring(0, paren);
            }
            r = r.replace("}", "");
            int dot = r.lastIndexOf('.');
            return dot >= 0 ? r.substring(dot + 1) : r.replace("$", "").replace("!", "").replace("{", "");
        }
    }
}
