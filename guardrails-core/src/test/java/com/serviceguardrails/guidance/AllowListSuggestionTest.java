package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class AllowListSuggestionTest {

    @Test
    public void suggestsEachFlaggedExpressionOnceInItsLanguage() {
        String text = "Scunthorpe office, Scunthorpe again. " + "x".repeat(200);
        List<AllowListSuggestion> suggestions = AllowListSuggestion.from(text, List.of(
                new Finding(0, 10, Category.PROFANITY, "en:cunt", Language.EN),
                new Finding(19, 29, Category.PROFANITY, "en:cunt", Language.EN),
                new Finding(0, 150, Category.INSULT, "too-wide", Language.EN)));
        assertEquals(List.of(new AllowListSuggestion("en", "scunthorpe", "en:cunt")), suggestions);
    }
}
