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
import java.util.List;
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
            "com.atlassian.beehive.ClusterLockService",
            "com.atlassian.sal.api.pluginsettings.PluginSettingsFactory");

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

    /** A bundle jar of the stub classes that exports each of their packages. */
    private static byte[] hostJar() {
        Path stubs = stubsLocation();
        Set<String> packages = new TreeSet<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
            main.putValue(Constants.BUNDLE_SYMBOLICNAME, SYMBOLIC_NAME);
            main.putValue(Constants.BUNDLE_VERSION, "10.3.0");
            List<String> classes = classFiles(stubs);
            for (String entry : classes) {
                packages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
            }
            main.putValue(Constants.EXPORT_PACKAGE, String.join(",", packages));
            try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
                for (String entry : classes) {
                    jar.putNextEntry(new JarEntry(entry));
                    jar.write(readStubClass(stubs, entry));
                    jar.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The stubs on the test class path: target/classes in the reactor, or the jar. */
    private static Path stubsLocation() {
        try {
            return Path.of(com.atlassian.beehive.ClusterLockService.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> classFiles(Path stubs) throws IOException {
        if (Files.isDirectory(stubs)) {
            try (Stream<Path> files = Files.walk(stubs)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> stubs.relativize(f).toString().replace('\\', '/')).sorted().toList();
            }
        }
        try (JarFile jar = new JarFile(stubs.toFile())) {
            return jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
                    .sorted().toList();
        }
    }

    private static byte[] readStubClass(Path stubs, String name) throws IOException {
        if (Files.isDirectory(stubs)) {
            return Files.readAllBytes(stubs.resolve(name));
        }
        try (JarFile jar = new JarFile(stubs.toFile())) {
            return jar.getInputStream(jar.getEntry(name)).readAllBytes();
        }
    }
}
