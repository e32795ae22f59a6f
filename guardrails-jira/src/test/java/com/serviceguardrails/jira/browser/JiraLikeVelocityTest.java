package com.serviceguardrails.jira.browser;

import com.serviceguardrails.jira.panel.PanelText;
import org.junit.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The harness's stand-in for Jira 10's method allowlist, over the plugin descriptor's real velocity-allowlist. */
public class JiraLikeVelocityTest {

    private static final String PROBE = "browser/i18n-probe.vm";
    private static final String GET_TEXT = "com.serviceguardrails.jira.panel.PanelText#getText(java.lang.String)";

    private static String causes(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append(" | ");
        }
        return out.toString();
    }

    @Test
    public void theDescriptorAllowsThePanelsOwnI18n() {
        Set<String> allowlist = JiraLikeVelocity.pluginAllowlist();
        assertTrue(allowlist.toString(), allowlist.contains(GET_TEXT));
        String html = new JiraLikeVelocity(allowlist).render(PROBE, Map.of("i18n", new PanelText(new HarnessI18n("de"))));
        assertEquals("Zu beantwortende Fragen", html.strip());
    }

    @Test
    public void aPluginMethodMissingFromTheAllowlistIsRefusedAsJiraWould() {
        Set<String> without = new HashSet<>(JiraLikeVelocity.pluginAllowlist());
        without.remove(GET_TEXT);
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> new JiraLikeVelocity(without).render(PROBE, Map.of("i18n", new PanelText(new HarnessI18n("en")))));
        assertTrue(causes(refused), causes(refused).contains("not on the velocity-allowlist") && causes(refused).contains(GET_TEXT));
        // a resolver object of our own that is not on the list is refused too (SAL's own is Jira's global list's business)
        RuntimeException unlisted = assertThrows(RuntimeException.class,
                () -> new JiraLikeVelocity(JiraLikeVelocity.pluginAllowlist()).render(PROBE, Map.of("i18n", new HarnessI18n("en"))));
        assertTrue(causes(unlisted), causes(unlisted).contains("HarnessI18n#getText"));
    }

    @Test
    public void withoutAnAllowlistEverythingRendersAsBefore() {
        assertEquals(new HarnessI18n("en").getText("service-guardrails.panel.questions.title"),
                new JiraLikeVelocity().render(PROBE, Map.of("i18n", new HarnessI18n("en"))).strip());
    }
}
