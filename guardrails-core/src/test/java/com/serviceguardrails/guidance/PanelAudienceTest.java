package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.escalation.EscalationConfig;
import com.serviceguardrails.opening.OpeningConfig;
import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PanelAudienceTest {
    private static final GuardrailsConfig ON = GuardrailsConfig.defaults();

    @Test
    public void anAgentSeesTheGuidanceOnAServiceDeskTicket() {
        assertTrue(PanelAudience.seesGuidance(ON, true, true, false));
    }

    @Test
    public void aCustomerNeverSeesIt() {
        assertFalse(PanelAudience.seesGuidance(ON, true, false, false));
    }

    @Test
    public void anAgentWhoIsTheTicketsCustomerDoesNotSeeIt() {
        assertFalse(PanelAudience.seesGuidance(ON, true, true, true));
    }

    @Test
    public void aTicketOutsideAServiceDeskHasNoPanel() {
        assertFalse(PanelAudience.seesGuidance(ON, false, true, false));
    }

    @Test
    public void withEveryGuardrailOffThereIsNothingToShow() {
        GuardrailsConfig off = new GuardrailsConfig(GuardrailsConfig.CURRENT_VERSION, new OpeningConfig(Mode.OFF),
                new AbuseConfig(Mode.OFF), new EmpowermentConfig(Mode.OFF), new EscalationConfig(Mode.OFF));
        assertFalse(PanelAudience.seesGuidance(off, true, true, false));
        GuardrailsConfig onlyOpening = new GuardrailsConfig(GuardrailsConfig.CURRENT_VERSION,
                new OpeningConfig(Mode.ADVISE), new AbuseConfig(Mode.OFF), new EmpowermentConfig(Mode.OFF),
                new EscalationConfig(Mode.OFF));
        assertTrue(PanelAudience.seesGuidance(onlyOpening, true, true, false));
    }
}
