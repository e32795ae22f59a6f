package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

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

    @Test
    public void writesLanguageWordsAndRuleAndReadsThemBack() {
        List<AllowListSuggestion> suggestions = List.of(
                new AllowListSuggestion("en", "scunthorpe", "en:cunt"),
                new AllowListSuggestion("de", "arsch, (sic) 100%", "de:arsch"),
                new AllowListSuggestion("fr", "%2C%28", ""));
        String text = AllowListSuggestion.encode(suggestions);
        assertEquals("en:scunthorpe (en:cunt), de:arsch%2C %28sic%29 100%25 (de:arsch), fr:%252C%2528", text);
        assertEquals(suggestions, AllowListSuggestion.decode(text));
    }

    @Test
    public void readsEntriesWithoutARuleAndLeavesOutWhatCannotBeAnEntry() {
        assertEquals(List.of(new AllowListSuggestion("en", "scunthorpe", ""), new AllowListSuggestion("de", "mist", "x")),
                AllowListSuggestion.decode("en:scunthorpe, xx:what, en:, de:mist (x), en:" + "a".repeat(81) + ", nonsense"));
        assertEquals(List.of(), AllowListSuggestion.decode(null));
    }

    @Test
    public void typedWordsAreASuggestionOnlyInAKnownLanguageOnOneShortLine() {
        assertEquals(Optional.of(new AllowListSuggestion("en", "dick smith", "")), AllowListSuggestion.of("en", "  dick smith ", null));
        assertEquals(Optional.empty(), AllowListSuggestion.of("EN", "dick", ""));
        assertEquals(Optional.empty(), AllowListSuggestion.of("en", "dick\nsmith", ""));
        assertEquals(Optional.empty(), AllowListSuggestion.of("en", "   ", ""));
        assertEquals(Optional.empty(), AllowListSuggestion.of("en", "a".repeat(81), ""));
    }
}
