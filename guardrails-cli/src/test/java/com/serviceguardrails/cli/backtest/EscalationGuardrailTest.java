package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.abuse.Target;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static com.serviceguardrails.cli.backtest.ExportFixtures.comment;
import static com.serviceguardrails.cli.backtest.ExportFixtures.issue;
import static com.serviceguardrails.cli.backtest.ExportFixtures.page;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Customer abuse through the core escalation planner with the bundled rules; the detector is stood in for. */
public class EscalationGuardrailTest {

    /** Stands in for the detector: "idiot" is a medium insult aimed at the reader. */
    private static final AbuseScan SCAN = (text, author) -> {
        int at = text.indexOf("idiot");
        if (at < 0) {
            return AbuseVerdict.clean(Language.EN);
        }
        return new AbuseVerdict(true, true, Target.INDIVIDUAL, Severity.MEDIUM, Language.EN, Set.of(Category.INSULT),
                List.of(new Finding(at, at + 5, Category.INSULT, "en:idiot", Language.EN)));
    };

    private static BacktestResult run(String... issues) throws Exception {
        EscalationGuardrail guardrail = new EscalationGuardrail(GuardrailsConfig.defaults().escalation(), com.serviceguardrails.config.Mode.ADVISE, SCAN);
        Backtest backtest = new Backtest(new Authorship(Set.of()), new GuardrailSet("default", List.of(guardrail), Set.of()), null);
        String json = page(0, issues.length, issues);
        new ExportReader(Set.of()).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json", backtest);
        return backtest.report().result();
    }

    @Test
    public void anAbusiveCustomerCommentEscalatesAndIsChargedToTheAssignee() throws Exception {
        BacktestResult result = run(issue("HELP-1", "maria", "tom", "",
                comment("10", "maria", "\"You idiot, where is my parcel?\"", null),
                comment("11", "tom", "\"Sorry, idiot courier lost it.\"", null)));
        assertEquals(1, result.hits(EscalationGuardrail.NAME));
        Hit hit = result.examples().get(0);
        assertEquals("10", hit.comment());
        assertEquals("customer-abuse", hit.rule());
        assertEquals("Agent tom", hit.agent());
        assertEquals(List.of(new Hit.Span(4, 9)), hit.spans());
        assertTrue(hit.detail(), hit.detail().contains("raise priority to at least High"));
    }

    @Test
    public void aSecondAbusiveCommentOnTheSameTicketOnlyAddsWhatIsNew() throws Exception {
        BacktestResult result = run(issue("HELP-1", "maria", "tom", "",
                comment("10", "maria", "\"You idiot.\"", null),
                comment("12", "maria", "\"Still an idiot.\"", null)));
        // the first plan raised the priority, labelled and noted; the second has nothing new to do
        assertEquals(1, result.hits(EscalationGuardrail.NAME));
    }

    @Test
    public void aRepeatOffenderAcrossTicketsMeetsTheRepeatRule() throws Exception {
        BacktestResult result = run(
                issue("HELP-1", "maria", "tom", "", comment("10", "maria", "\"idiot\"", null)).replace("03-02T", "03-03T"),
                issue("HELP-2", "maria", "ana", "", comment("20", "maria", "\"idiot\"", null)).replace("03-02T", "03-04T"),
                issue("HELP-3", "maria", "tom", "", comment("30", "maria", "\"idiot\"", null)).replace("03-02T", "03-05T"));
        assertEquals(3, result.hits(EscalationGuardrail.NAME));
        assertTrue(result.rules().stream().anyMatch(r -> r.rule().contains("repeat-offender")));
    }
}
