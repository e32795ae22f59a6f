package com.serviceguardrails.guidance;

import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class GuidancePanelsTest {

    @Test
    public void thePanelComesFromTheRealEnginesAndTheAgentsRoles() throws Exception {
        GuardrailsConfig config = ConfigCodec.parse("{\"version\":1,\"opening\":{\"mode\":\"advise\"},\"abuse\":{\"mode\":\"advise\"},"
                + "\"empowerment\":{\"mode\":\"advise\",\"roles\":[{\"role\":\"agents\",\"limits\":[{\"action\":\"refund\",\"currency\":\"EUR\","
                + "\"perTransaction\":\"50.00\",\"perAgentPerDay\":\"200.00\"}]}]},\"escalation\":{\"mode\":\"advise\"}}");
        GuidancePanels panels = new GuidancePanels(() -> config, new Judges(() -> config), EscalationHistory.NONE, new InMemoryLedger(),
                Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        List<ThreadMessage> thread = List.of(new ThreadMessage("1", "My parcel arrived damaged, you useless idiots. Can you refund it?", true, true));
        GuidancePanel panel = panels.build("ann", Set.of("agents"), false, MacroContext.of("Maria", "Ann", "SD-1"), thread, Language.EN);
        assertTrue(panel.hasOpener());
        assertEquals(List.of(new AuthorityLine("refund", "50.00 EUR", "200.00 EUR", false)), panel.authority());
        assertEquals("Can you refund it?", panel.questions().get(0).text());
        assertTrue(panel.hasAbuse());
        GuidancePanel outsider = panels.build("bob", Set.of(), false, MacroContext.empty(), thread, Language.EN);
        assertFalse(outsider.hasAuthority());
    }
}
