package com.serviceguardrails.jira.bundle;

import org.apache.felix.framework.Felix;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The plugin jar in a real OSGi framework (Apache Felix) beside a fake Jira host: it must resolve with exactly its
 * Import-Package, start, and have Gemini Blueprint bring its Spring context (Spring-Context: *) up with every bean.
 * A missing import, a wrong osgi:reference or a bean that cannot be built fails here.
 */
public class GuardrailsBundleIT {
    private static final long CONTEXT_WAIT_MILLIS = 60_000;
    private static Path cache;
    private static Felix felix;
    private static Bundle plugin;

    @BeforeClass
    public static void startFrameworkHostAndPlugin() throws Exception {
        cache = Files.createTempDirectory("felix-cache");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        felix = new Felix(config);
        felix.start();
        BundleContext framework = felix.getBundleContext();

        List<Bundle> libraries = new ArrayList<>();
        for (File jar : hostBundles()) {
            libraries.add(framework.installBundle(jar.toURI().toString()));
        }
        for (Bundle library : libraries) {
            if (library.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                library.start();
            }
        }
        FakeJiraHost.install(framework);
        plugin = framework.installBundle(pluginJar().toURI().toString());
        plugin.start();
    }

    @AfterClass
    public static void stopFramework() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(30_000);
        }
        if (cache != null) {
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    public void thePluginResolvesAndStarts() {
        assertEquals("bundle state (32 = ACTIVE)", Bundle.ACTIVE, plugin.getState());
        assertEquals("com.serviceguardrails.jira", plugin.getSymbolicName());
    }

    @Test
    public void everyClassInThePluginLinksWithTheImportedPackages() throws Exception {
        List<String> failures = new ArrayList<>();
        Enumeration<java.net.URL> entries = plugin.findEntries("com/serviceguardrails/jira", "*.class", true);
        assertNotNull("no plugin classes in the bundle", entries);
        int count = 0;
        while (entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            String name = path.substring(1, path.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> type = plugin.loadClass(name);
                // resolving the signatures loads every type they name through the bundle's imports
                type.getDeclaredMethods();
                type.getDeclaredFields();
                type.getDeclaredConstructors();
                count++;
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(name + ": " + e);
            }
        }
        assertTrue("classes that do not link in OSGi: " + failures, failures.isEmpty());
        assertTrue("expected plugin classes, found " + count, count > 0);
    }

    @Test
    public void theSpringContextComesUpWithEveryBean() throws Exception {
        Object context = awaitApplicationContext();
        String[] names = (String[]) method(context, "getBeanDefinitionNames").invoke(context);
        assertTrue("no beans in the plugin's context", names.length > 0);
        Method getBean = method(context, "getBean", String.class);
        List<String> built = new ArrayList<>();
        for (String name : names) {
            assertNotNull(name, getBean.invoke(context, name));
            built.add(name);
        }
        assertTrue("the settings store is wired: " + built, built.contains("guardrailsSettingsStore"));
    }

    /**
     * Jira builds each workflow validator, condition and post-function itself, autowiring its constructor from
     * the plugin's context; do the same for every module class the descriptor names.
     */
    @Test
    public void everyWorkflowModuleClassCanBeAutowiredFromTheContext() throws Exception {
        List<String> modules = descriptorClasses(List.of("validator-class", "condition-class", "function-class"), null);
        assertTrue("no workflow modules in atlassian-plugin.xml", modules.size() >= 4);
        assertAutowirable(modules);
    }

    /** The same for the web panel's context provider and condition (the guidance panel's $i18n comes this way). */
    @Test
    public void everyWebFragmentClassCanBeAutowiredFromTheContext() throws Exception {
        List<String> classes = descriptorClasses(List.of("context-provider", "condition"), "class");
        assertTrue("no context provider in atlassian-plugin.xml: " + classes,
                classes.contains("com.serviceguardrails.jira.panel.GuidancePanelContextProvider"));
        assertAutowirable(classes);
    }

    private static void assertAutowirable(List<String> classes) throws Exception {
        Object context = awaitApplicationContext();
        Object factory = method(context, "getAutowireCapableBeanFactory").invoke(context);
        Method createBean = method(factory, "createBean", Class.class, int.class, boolean.class);
        int autowireConstructor = 3; // AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR
        List<String> failures = new ArrayList<>();
        for (String name : classes) {
            try {
                assertNotNull(name, createBean.invoke(factory, plugin.loadClass(name), autowireConstructor, false));
            } catch (java.lang.reflect.InvocationTargetException e) {
                failures.add(name + ": " + e.getCause());
            }
        }
        assertTrue("modules Jira could not build: " + failures, failures.isEmpty());
    }

    /** Class names the descriptor gives in these elements: their text, or (attribute not null) that attribute. */
    private static List<String> descriptorClasses(List<String> tags, String attribute) throws Exception {
        java.net.URL descriptor = plugin.getEntry("atlassian-plugin.xml");
        org.w3c.dom.Document document;
        try (java.io.InputStream in = descriptor.openStream()) {
            document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> names = new ArrayList<>();
        for (String tag : tags) {
            org.w3c.dom.NodeList nodes = document.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                org.w3c.dom.Element element = (org.w3c.dom.Element) nodes.item(i);
                String name = attribute == null ? element.getTextContent() : element.getAttribute(attribute);
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** Gemini Blueprint publishes each bundle's context as an OSGi service once every bean is built. */
    private static Object awaitApplicationContext() throws Exception {
        BundleContext framework = felix.getBundleContext();
        String filter = "(&(objectClass=org.springframework.context.ApplicationContext)"
                + "(org.springframework.context.service.name=" + plugin.getSymbolicName() + "))";
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(framework, framework.createFilter(filter), null);
        tracker.open(true);
        try {
            Object context = tracker.waitForService(CONTEXT_WAIT_MILLIS);
            if (context == null) {
                fail("the plugin's Spring context did not come up in " + CONTEXT_WAIT_MILLIS / 1000
                        + " s (see the Gemini Blueprint log above); services registered: " + registeredServices());
            }
            return context;
        } finally {
            tracker.close();
        }
    }

    private static TreeSet<String> registeredServices() throws Exception {
        TreeSet<String> names = new TreeSet<>();
        ServiceReference<?>[] references = felix.getBundleContext().getAllServiceReferences(null, null);
        if (references != null) {
            for (ServiceReference<?> reference : references) {
                names.addAll(Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS)));
            }
        }
        return names;
    }

    /** A public interface method of the context (its class may not be visible to us). */
    private static Method method(Object target, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> type : allInterfaces(target.getClass())) {
            try {
                return type.getMethod(name, parameters);
            } catch (NoSuchMethodException e) {
                // try the next interface
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static List<Class<?>> allInterfaces(Class<?> type) {
        List<Class<?>> interfaces = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                interfaces.add(i);
                interfaces.addAll(allInterfaces(i));
            }
        }
        return interfaces;
    }

    private static File pluginJar() {
        File jar = new File(System.getProperty("guardrails.bundle", "target/missing.jar"));
        assertTrue("plugin jar not built: " + jar + " (run through mvn verify)", jar.isFile());
        return jar;
    }

    private static List<File> hostBundles() throws IOException {
        Path directory = Path.of(System.getProperty("guardrails.hostBundles", "target/felix-host-bundles"));
        assertTrue("host bundles not copied to " + directory, Files.isDirectory(directory));
        try (Stream<Path> jars = Files.list(directory)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toFile).toList();
        }
    }
}
