package com.serviceguardrails.jira.browser;

import com.serviceguardrails.jira.panel.HtmlEscaper;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders the plugin's real Velocity templates the way Jira's template renderer does: strict about unknown
 * references, and auto-escaping every inserted value unless the reference ends in a name ending with {@code Html}
 * (Jira's rule). The templates escape explicitly through {@code $esc.escapeHtml}, so text is escaped exactly once
 * either way; a template that printed raw customer text would still be caught by the browser tests.
 */
final class JiraLikeVelocity {

    private static final String ALLOWLIST = "guardrails.velocity-allowlist";
    private final VelocityEngine engine = new VelocityEngine();

    JiraLikeVelocity() {
        this(null);
    }

    /**
     * With an allowlist, a template may call a method of a plugin class ({@code com.serviceguardrails...}) only if
     * the list names it, as Jira 10 refuses methods missing from the allowlists; other classes stand for Jira's
     * global list, which is not public, and pass. See {@link #pluginAllowlist()}.
     */
    JiraLikeVelocity(Set<String> allowlist) {
        if (allowlist != null) {
            engine.setApplicationAttribute(ALLOWLIST, Set.copyOf(allowlist));
            engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        }
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

    /** The {@code <method>}s of the plugin descriptor's {@code <velocity-allowlist>} modules, as built. */
    static Set<String> pluginAllowlist() {
        try (InputStream in = JiraLikeVelocity.class.getResourceAsStream("/atlassian-plugin.xml")) {
            org.w3c.dom.Document descriptor = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            Set<String> methods = new HashSet<>();
            org.w3c.dom.NodeList lists = descriptor.getElementsByTagName("velocity-allowlist");
            for (int i = 0; i < lists.getLength(); i++) {
                org.w3c.dom.NodeList entries = ((org.w3c.dom.Element) lists.item(i)).getElementsByTagName("method");
                for (int j = 0; j < entries.getLength(); j++) {
                    methods.add(entries.item(j).getTextContent().strip());
                }
            }
            return methods;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("atlassian-plugin.xml does not parse", e);
        }
    }

    /** {@code com.example.Type#name(java.lang.String,java.lang.Object[])}: how an allowlist names a method. */
    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }

    /** Refuses, loudly, a call to a plugin class's method that the allowlist does not name. */
    public static final class AllowlistUberspect extends UberspectImpl {
        private Set<String> allowed = Set.of();

        @Override
        @SuppressWarnings("unchecked")
        public void setRuntimeServices(RuntimeServices services) {
            super.setRuntimeServices(services);
            allowed = (Set<String>) services.getApplicationAttribute(ALLOWLIST);
        }

        @Override
        public VelMethod getMethod(Object target, String name, Object[] arguments, Info info) {
            VelMethod method = super.getMethod(target, name, arguments, info);
            if (method != null && method.getMethod() != null) {
                String signature = signature(method.getMethod());
                if (signature.startsWith("com.serviceguardrails.") && !allowed.contains(signature)) {
                    throw new IllegalStateException("not on the velocity-allowlist, Jira 10 would refuse it: " + signature + " at " + info);
                }
            }
            return method;
        }
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
