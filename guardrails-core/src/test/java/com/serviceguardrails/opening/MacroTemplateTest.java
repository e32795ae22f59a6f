package com.serviceguardrails.opening;

import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class MacroTemplateTest {

    @Test
    public void placeholdersAreFilledAndUnknownValuesFallBack() {
        MacroTemplate t = MacroTemplate.of("Hi ${customer.firstName|there}, sorry about ${issue.key}. ${agent.firstName}");
        assertEquals("Hi Ana, sorry about HELP-1. Sam", t.render(MacroContext.of("Ana", "Sam", "HELP-1")));
        assertEquals("Hi there, sorry about.", t.render(MacroContext.empty()));
    }

    @Test
    public void everyProblemIsNamed() {
        assertEquals(List.of("unknown placeholder ${customer.nmae}"), MacroTemplate.problems("Hi ${customer.nmae}, sorry."));
        assertEquals(List.of("unknown placeholder ${x}", "unknown placeholder ${y}"), MacroTemplate.problems("${x} and ${y|z}"));
        assertTrue(MacroTemplate.problems("Hi ${customer.firstName").get(0).startsWith("unclosed placeholder at character 3"));
        assertEquals(List.of("must not be blank"), MacroTemplate.problems(" "));
        assertTrue(MacroTemplate.problems("x".repeat(MacroTemplate.MAX_TEMPLATE_CHARS + 1)).get(0).contains("limit"));
        try {
            MacroTemplate.of("${nope}");
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("unknown placeholder ${nope}", e.getMessage());
        }
    }

    @Test
    public void valuesAreInsertedLiterallyNeverParsedAgainAndAreCleaned() {
        MacroTemplate t = MacroTemplate.of("Hi ${customer.firstName}!");
        assertEquals("Hi ${issue.key}!", t.render(MacroContext.of("${issue.key}", null, "X-1")));
        assertEquals("Hi a b!", t.render(MacroContext.of("a\u0000b", null, null)));
        assertEquals(MacroContext.MAX_VALUE_CHARS + 4, t.render(MacroContext.of("n".repeat(5000), null, null)).length());
    }

    @Test
    public void everyBundledMacroIsValidAndEveryLanguageHasEverySituation() {
        ApologyMacros macros = new ApologyMacros(List.of());
        for (Language language : Language.values()) {
            for (Situation situation : Situation.values()) {
                ApologyMacro m = macros.choose(language, situation);
                assertEquals(language.code() + "." + situation.jsonName(), m.id());
                String text = m.render(MacroContext.empty());
                assertTrue(text, !text.contains("${") && OpeningCheck.standard().check(ReplyToCheck.of(text, language)).compliant());
            }
        }
    }

    @Test
    public void anAdminMacroReplacesTheBundledOneWithTheSameIdAndNewOnesAreUsed() {
        ApologyMacro replaced = ApologyMacro.of("en.delay", Language.EN, Situation.DELAY, "So sorry for the wait, ${customer.firstName|friend}!");
        ApologyMacros macros = new ApologyMacros(List.of(replaced));
        assertEquals("So sorry for the wait, friend!", macros.choose(Language.EN, Situation.DELAY).render(null));
        assertEquals(ApologyMacros.bundled().size(), macros.all().size());
    }
}
