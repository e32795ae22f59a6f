package com.serviceguardrails.abuse;

import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;
import com.serviceguardrails.text.TextNormalizer;
import org.junit.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The word index decides once per word what the detector asks about every token, so what it answers must be what the
 * languages' own data says: cues of the message's language and English, terms that apply, phrase rules that start with
 * the word, and which phrase elements the word matches.
 */
public class WordIndexTest {

    private static final Map<Language, LanguageData> LANGUAGES = new EnumMap<>(Language.class);
    private static final WordIndex INDEX;

    static {
        int elements = 0;
        for (Language language : Language.values()) {
            LanguageData data = new LanguageData(language, new AbuseConfig(Mode.ADVISE), elements);
            LANGUAGES.put(language, data);
            elements = data.phraseElementsEnd();
        }
        INDEX = new WordIndex(LANGUAGES.values(), elements);
    }

    private static NormalizedText text(String text) {
        return TextNormalizer.standard().normalize(text);
    }

    @Test
    public void cuesAreTheMessageLanguagesAndEnglishs() {
        WordIndex.Entry you = INDEX.entry("you");
        assertNotNull(you);
        assertTrue((you.cue(Language.EN) & Cue.SECOND_PERSON) != 0);
        assertTrue("English cues travel", (you.cue(Language.DE) & Cue.SECOND_PERSON) != 0);
        WordIndex.Entry du = INDEX.entry("du");
        assertTrue((du.cue(Language.DE) & Cue.SECOND_PERSON) != 0);
        assertEquals("German cues do not apply to English messages", 0, du.cue(Language.EN) & Cue.SECOND_PERSON);
    }

    @Test
    public void aWordMayStartATermOnlyWhereItsLexiconApplies() {
        NormalizedText idiot = text("idiot");
        assertTrue(INDEX.mayStartTerm(INDEX.entry("idiot"), Language.EN, idiot, 0));
        NormalizedText retard = text("retard");
        // a slur in English, a delay in French: the English entry is not cross-language
        assertTrue(INDEX.mayStartTerm(INDEX.entry("retard"), Language.EN, retard, 0));
        assertFalse(INDEX.mayStartTerm(INDEX.entry("retard"), Language.FR, retard, 0));
        NormalizedText parcel = text("parcel");
        assertNull(INDEX.entry("parcel"));
        assertFalse(INDEX.mayStartTerm(null, Language.EN, parcel, 0));
        NormalizedText elongated = text("stuuupid");   // looked up squeezed, so always tried
        assertTrue(INDEX.mayStartTerm(INDEX.entry(elongated.word(0)), Language.EN, elongated, 0));
    }

    @Test
    public void aKnownWordListsThePhraseRulesEveryLanguageWouldTryThere() {
        for (String word : new String[] {"i", "you", "ich", "je", "te", "fuck", "halts", "schicke", "the"}) {
            List<PhraseRule> expected = new ArrayList<>();
            for (LanguageData language : LANGUAGES.values()) {
                expected.addAll(language.phrasesStartingWith(word));
            }
            NormalizedText text = text(word);
            WordIndex.Entry entry = INDEX.entry(word);
            PhraseRule[] listed = INDEX.phrasesAt(entry, text, 0);
            List<PhraseRule> kept = new ArrayList<>();
            for (PhraseRule rule : listed) {
                if (rule.startsAt(text, INDEX.lookUp(text), 0)) {
                    kept.add(rule);
                }
            }
            assertArrayEquals(word, expected.toArray(), kept.toArray());
        }
        assertTrue(INDEX.phrasesAt(INDEX.entry("you"), text("you"), 0).length > 3);
    }

    @Test
    public void aWordNoLanguageKnowsMatchesOnlyPrefixes() {
        // "schickst" starts the German rule "schick*|sende ~2 nacktbilder|nacktfotos" through its prefix
        assertTrue(startsSomeRule("schickst"));
        assertFalse(startsSomeRule("parcel"));
    }

    private static boolean startsSomeRule(String word) {
        NormalizedText text = text(word);
        assertNull(INDEX.entry(word));
        for (PhraseRule rule : INDEX.phrasesAt(null, text, 0)) {
            if (rule.startsAt(text, INDEX.lookUp(text), 0)) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void phraseElementBitsAgreeWithTheRulesOwnMatching() {
        // every word the index holds, against every element of every rule: the bit is the rule's own answer
        String[] words = {"you", "u", "live", "where", "kill", "killing", "f*ck", "fuck", "dich", "vous", "the", "stab", "stabbed"};
        int checked = 0;
        for (String word : words) {
            WordIndex.Entry entry = INDEX.entry(word);
            for (LanguageData language : LANGUAGES.values()) {
                for (PhraseRule rule : language.allPhrases()) {
                    for (int e = 0; e < rule.elementCount(); e++) {
                        boolean own = rule.elementMatches(e, word);
                        if (entry == null) {
                            assertFalse(word + " has no entry but is a whole word of " + rule.rule(), rule.elementWords(e).contains(word));
                        } else {
                            assertEquals(word + " in " + rule.rule() + " element " + e, own, entry.matchesPhraseElement(rule.firstElement() + e));
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100);
    }

    @Test
    public void phraseMatchingWithTheIndexFindsGappedAndPrefixedRules() {
        NormalizedText text = text("I am going to stab you tomorrow");
        WordIndex.IndexedTokens entries = INDEX.lookUp(text);
        PhraseRule rule = null;
        for (PhraseRule candidate : INDEX.phrasesAt(entries.entries[0], text, 0)) {
            if (candidate.rule().startsWith("en:") && candidate.match(text, entries, 0) > 0) {
                rule = candidate;
            }
        }
        assertNotNull(rule);
        assertEquals(6, rule.match(text, entries, 0));   // "i ~3 stab* you": ends after "you"
    }

    @Test
    public void aRuleIsNotTriedInAMessageWithoutTheWordsOfOneOfItsElements() {
        NormalizedText threat = text("I know where you live.");
        WordIndex.IndexedTokens threatTokens = INDEX.lookUp(threat);
        NormalizedText polite = text("I know you are busy, thanks for the parcel.");
        WordIndex.IndexedTokens politeTokens = INDEX.lookUp(polite);
        int rules = 0;
        for (PhraseRule rule : INDEX.phrasesAt(threatTokens.entries[0], threat, 0)) {
            if (rule.rule().equals("en:threat:know-where-you-live")) {
                assertTrue(threatTokens.mayMatch(rule));
                assertFalse("no 'where' nor 'live'", politeTokens.mayMatch(rule));
                rules++;
            }
        }
        assertEquals(1, rules);
        assertTrue(threatTokens.mayStartPhrase(threatTokens.entries[0]));
        // a masked word no language knows may stand for any word: nothing is ruled out
        NormalizedText masked = text("I know wh*re you live");
        WordIndex.IndexedTokens maskedTokens = INDEX.lookUp(masked);
        for (PhraseRule rule : INDEX.phrasesAt(maskedTokens.entries[0], masked, 0)) {
            assertTrue(rule.rule(), maskedTokens.mayMatch(rule));
        }
    }
}
