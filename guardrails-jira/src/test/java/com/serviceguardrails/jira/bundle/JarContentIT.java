package com.serviceguardrails.jira.bundle;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * What UPM will get: the shipped jar holds no Jira class, embeds the core, declares the plugin key and Spring
 * context, imports exactly the packages listed in {@code expected-imports.txt}, and every class the descriptor
 * names is in it with a constructor the plugin framework can call.
 */
public class JarContentIT {
    private static final String PLUGIN_KEY = "com.serviceguardrails.jira";
    /** Element names whose text is a class name in atlassian-plugin.xml. */
    private static final Set<String> CLASS_ELEMENTS =
            Set.of("function-class", "validator-class", "condition-class", "entity");
    private static JarFile jar;
    private static Attributes manifest;
    private static Document descriptor;

    @BeforeClass
    public static void openJar() throws Exception {
        File file = new File(System.getProperty("guardrails.bundle", "target/missing.jar"));
        assertTrue("plugin jar not built: " + file + " (run through mvn verify)", file.isFile());
        jar = new JarFile(file);
        manifest = jar.getManifest().getMainAttributes();
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    public void noJiraOrOsWorkflowClassIsShippedNotEvenInsideAnEmbeddedJar() throws IOException {
        List<String> forbidden = new ArrayList<>();
        for (JarEntry entry : jar.stream().toList()) {
            String name = entry.getName();
            if (isForbidden(name)) {
                forbidden.add(name);
            } else if (name.endsWith(".jar")) {
                try (JarInputStream nested = new JarInputStream(jar.getInputStream(entry))) {
                    for (JarEntry inner = nested.getNextJarEntry(); inner != null; inner = nested.getNextJarEntry()) {
                        if (isForbidden(inner.getName())) {
                            forbidden.add(name + "!" + inner.getName());
                        }
                    }
                }
            }
        }
        assertTrue("stub or host classes in the jar: " + forbidden, forbidden.isEmpty());
    }

    @Test
    public void theManifestIsTransformerlessWithSpringAndTheEmbeddedCore() {
        assertEquals(PLUGIN_KEY, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(PLUGIN_KEY, manifest.getValue("Bundle-SymbolicName"));
        assertEquals(PLUGIN_KEY, descriptor.getDocumentElement().getAttribute("key"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        String classPath = manifest.getValue("Bundle-ClassPath");
        assertNotNull("Bundle-ClassPath", classPath);
        String core = Arrays.stream(classPath.split(",")).filter(p -> p.contains("guardrails-core")).findFirst()
                .orElseThrow(() -> new AssertionError("core not on Bundle-ClassPath: " + classPath));
        assertNotNull("embedded core " + core, jar.getEntry(core));
        assertTrue("Export-Package must stay empty", manifest.getValue("Export-Package") == null);
    }

    @Test
    public void importPackageIsExactlyTheReviewedList() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (InputStream in = JarContentIT.class.getResourceAsStream("/expected-imports.txt")) {
            assertNotNull("expected-imports.txt", in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    expected.add(line.strip());
                }
            }
        }
        Set<String> actual = new TreeSet<>(splitHeader(manifest.getValue("Import-Package")));
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        Set<String> gone = new TreeSet<>(expected);
        gone.removeAll(actual);
        assertTrue("new imports (review, then add to src/test/resources/expected-imports.txt): " + unexpected
                + "; no longer imported (remove from it): " + gone, unexpected.isEmpty() && gone.isEmpty());
    }

    @Test
    public void everyClassTheDescriptorNamesIsInTheJarWithAConstructorTheFrameworkCanCall() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String className : namedClasses()) {
            if (jar.getEntry(className.replace('.', '/') + ".class") == null) {
                problems.add(className + " is not in the jar");
                continue;
            }
            Class<?> type = Class.forName(className, false, JarContentIT.class.getClassLoader());
            if (!Modifier.isPublic(type.getModifiers())) {
                problems.add(className + " is not public");
            } else if (type.isInterface()) {
                if (!extendsInterface(type, "net.java.ao.RawEntity")) {
                    problems.add(className + " is an interface but not an Active Objects entity");
                }
            } else if (Modifier.isAbstract(type.getModifiers())) {
                problems.add(className + " is abstract");
            } else {
                // the plugin's Spring context autowires module classes through their one public constructor
                Constructor<?>[] constructors = type.getConstructors();
                if (constructors.length != 1) {
                    problems.add(className + " has " + constructors.length + " public constructors, wants one");
                }
            }
        }
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }

    @Test
    public void everyResourceTheDescriptorNamesIsInTheJar() {
        List<String> missing = new ArrayList<>();
        NodeList resources = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location");
            String wanted = "i18n".equals(resource.getAttribute("type")) ? location + ".properties" : location;
            if (jar.getEntry(wanted) == null) {
                missing.add(wanted);
            }
        }
        assertTrue("resources named in atlassian-plugin.xml but not in the jar: " + missing, missing.isEmpty());
    }

    private static Set<String> namedClasses() {
        Set<String> names = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String classAttribute = element.getAttribute("class");
            if (!classAttribute.isEmpty()) {
                names.add(classAttribute);
            }
            if (CLASS_ELEMENTS.contains(element.getTagName())) {
                names.add(element.getTextContent().strip());
            }
        }
        return names;
    }

    private static boolean extendsInterface(Class<?> type, String name) {
        for (Class<?> parent : type.getInterfaces()) {
            if (parent.getName().equals(name) || extendsInterface(parent, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForbidden(String entry) {
        return entry.startsWith("com/atlassian/") || entry.startsWith("com/opensymphony/")
                || entry.startsWith("net/java/ao/");
    }

    /** Splits an OSGi header on the commas outside quotes. */
    static List<String> splitHeader(String header) {
        List<String> parts = new ArrayList<>();
        if (header == null) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }
}
