package com.serviceguardrails.jira.bundle;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The stand-in for Jira inside Felix: one bundle that exports every package of {@code jira-api-stubs}, and a fake
 * OSGi service for every interface the plugin's Spring files reference with {@code osgi:reference}.
 * The fakes do nothing (a method returns null, 0 or false): the test proves wiring, not behaviour.
 */
final class FakeJiraHost {
    /** One entry per {@code osgi:reference} in META-INF/spring/*.xml (both engineers' files). Keep sorted. */
    static final List<String> FAKE_HOST_SERVICES = List.of(
            "com.atlassian.activeobjects.external.ActiveObjects",
            "com.atlassian.beehive.ClusterLockService",
            "com.atlassian.event.api.EventPublisher",
            "com.atlassian.jira.config.PriorityManager",
            "com.atlassian.jira.issue.CustomFieldManager",
            "com.atlassian.jira.issue.IssueManager",
            "com.atlassian.jira.issue.comments.CommentManager",
            "com.atlassian.jira.issue.label.LabelManager",
            "com.atlassian.jira.issue.watchers.WatcherManager",
            "com.atlassian.jira.security.JiraAuthenticationContext",
            "com.atlassian.jira.security.groups.GroupManager",
            "com.atlassian.jira.security.roles.ProjectRoleManager",
            "com.atlassian.jira.user.util.UserManager",
            "com.atlassian.sal.api.auth.LoginUriProvider",
            "com.atlassian.sal.api.message.I18nResolver",
            "com.atlassian.sal.api.pluginsettings.PluginSettingsFactory",
            "com.atlassian.sal.api.user.UserManager",
            "com.atlassian.servicedesk.api.ServiceDeskManager",
            "com.atlassian.servicedesk.api.comment.ServiceDeskCommentService",
            "com.atlassian.servicedesk.api.license.ServiceDeskLicenseService",
            "com.atlassian.templaterenderer.TemplateRenderer",
            "com.atlassian.webresource.api.assembler.PageBuilderService");

    /**
     * What Jira exports to plugins, as jars on the test class path named by one class each: the stubs, and the
     * Active Objects ORM (Jira's AO plugin exports net.java.ao). Their classes go into the host bundle.
     */
    static final List<Class<?>> HOST_LIBRARIES = List.of(
            com.atlassian.beehive.ClusterLockService.class,
            net.java.ao.RawEntity.class,
            javax.ws.rs.Path.class,
            javax.servlet.http.HttpServlet.class);

    static final String SYMBOLIC_NAME = "com.serviceguardrails.test.fake-jira-host";

    private FakeJiraHost() {
    }

    /** Installs and starts the host bundle, then registers the fake services from it. */
    static Bundle install(BundleContext framework) throws BundleException, ClassNotFoundException {
        Bundle host = framework.installBundle("fake-jira-host", new ByteArrayInputStream(hostJar()));
        host.start();
        ClassLoader hostLoader = host.loadClass(FAKE_HOST_SERVICES.get(0)).getClassLoader();
        for (String name : FAKE_HOST_SERVICES) {
            Class<?> type = host.loadClass(name);
            Object fake = Proxy.newProxyInstance(hostLoader, new Class<?>[] {type}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "toString": return "fake " + name;
                    case "hashCode": return System.identityHashCode(proxy);
                    case "equals": return proxy == args[0];
                    default: return defaultValue(method.getReturnType());
                }
            });
            host.getBundleContext().registerService(name, fake, null);
        }
        return host;
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type.isPrimitive() && type != void.class) {
            return type == long.class ? 0L : type == int.class ? 0 : null;
        }
        return null;
    }

    /** A bundle jar of the host libraries' classes that exports each of their packages. */
    private static byte[] hostJar() {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Class<?> library : HOST_LIBRARIES) {
            readClasses(location(library), classes);
        }
        // module-info.class (javax.ws.rs-api has one) is not a class of any package
        classes.keySet().removeIf(entry -> entry.indexOf('/') < 0);
        Set<String> packages = new TreeSet<>();
        for (String entry : classes.keySet()) {
            packages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, SYMBOLIC_NAME);
        main.putValue(Constants.BUNDLE_VERSION, "10.3.0");
        main.putValue(Constants.EXPORT_PACKAGE, String.join(",", packages));
        // the ORM's own dependencies (guava...) are not needed to link the plugin; resolve them lazily if present
        main.putValue(Constants.DYNAMICIMPORT_PACKAGE, "*");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Where a class on the test class path comes from: target/classes in the reactor, or a jar. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readClasses(Path location, Map<String, byte[]> into) {
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        into.put(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
                return;
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        into.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
