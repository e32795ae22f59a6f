package com.serviceguardrails.jira.workflow;

import com.opensymphony.workflow.InvalidInputException;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.Judges;
import org.junit.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The apology-first validator fed transientVars as Jira does, judged by the real core. */
public class ApologyFirstValidatorTest {
    private static final String BLUNT = "Your order was shipped yesterday, check the tracking link.";
    private static final String APOLOGY = "I'm so sorry for the delay with your order. It was shipped yesterday.";
    private static final String INTERNAL = "[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":true}}]";

    private final WorkflowFixture jira = new WorkflowFixture();

    private ApologyFirstValidator validator() {
        return new ApologyFirstValidator(jira.config, new Judges(jira.config), jira.i18n, jira.authentication,
                jira.audit, WorkflowFixture.CLOCK);
    }

    @Test
    public void inEnforceModeABluntPublicReplyIsRefusedQuotingTheSuggestedOpener() {
        jira.configure("enforce", "off");
        Optional<String> refusal = validator().refusal(jira.transientVars(BLUNT));

        assertTrue(refusal.isPresent());
        assertTrue(refusal.get(), refusal.get().startsWith(ApologyFirstValidator.BLOCKED_KEY + "["));
        String opener = refusal.get().substring(refusal.get().lastIndexOf(", ") + 2, refusal.get().length() - 1);
        assertFalse("the suggested opener is quoted: " + refusal.get(), opener.isBlank());
        assertEquals(AuditKind.BLOCK, jira.audit.all().get(jira.audit.all().size() - 1).kind());
    }

    @Test
    public void validateThrowsInvalidInputExceptionWhenRefusing() throws Exception {
        jira.configure("enforce", "off");
        try {
            validator().validate(jira.transientVars(BLUNT), Map.of(), null);
            fail("expected the transition to be refused");
        } catch (InvalidInputException expected) {
            // Jira shows the message to the agent
        }
    }

    @Test
    public void aReplyThatOpensWithAnApologyPassesAndIsRecordedCompliant() {
        jira.configure("enforce", "off");
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(APOLOGY)));
        AuditEntry checked = jira.audit.all().get(0);
        assertEquals(AuditKind.REPLY_CHECKED, checked.kind());
        assertEquals(Boolean.TRUE, checked.compliant());
        assertEquals("agent1", checked.user());
        assertEquals("SD-7", checked.issueKey());
    }

    @Test
    public void anInternalNoteIsNeverChecked() {
        jira.configure("enforce", "off");
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(BLUNT, INTERNAL)));
        assertTrue(jira.audit.all().isEmpty());
    }

    @Test
    public void adviseModeLetsTheReplyThroughAndRecordsItNonCompliant() {
        jira.configure("advise", "off");
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(BLUNT)));
        assertEquals(Boolean.FALSE, jira.audit.all().get(0).compliant());
    }

    @Test
    public void offModeAndTransitionsWithoutACommentAreNotChecked() {
        jira.configure("off", "off");
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(BLUNT)));
        jira.configure("enforce", "off");
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(null)));
        assertTrue(jira.audit.all().isEmpty());
    }

    @Test
    public void aFailingCheckLetsTheTransitionThroughAndIsRecorded() {
        jira.configure("enforce", "off");
        Judges broken = mock(Judges.class);
        when(broken.openingJudge()).thenReturn((reply, language) -> {
            throw new IllegalStateException("phrase book missing");
        });
        ApologyFirstValidator validator = new ApologyFirstValidator(jira.config, broken, jira.i18n,
                jira.authentication, jira.audit, WorkflowFixture.CLOCK);
        when(jira.authentication.getLoggedInUser()).thenThrow(new IllegalStateException("no session"));

        assertEquals(Optional.empty(), validator.refusal(jira.transientVars(BLUNT)));
        AuditEntry failure = jira.audit.all().get(0);
        assertEquals(AuditKind.FAILURE, failure.kind());
        assertTrue(failure.detail(), failure.detail().contains("opening check failed"));
    }
}
