package com.serviceguardrails.text;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class LanguageDetectorTest {
    private final LanguageDetector detector = LanguageDetector.standard();

    @Test
    public void detectsEachSupportedLanguageFromShortHelpdeskText() {
        assertEquals(Language.EN, detector.detect("Sorry about the missing items, I will send them today.", Language.DE));
        assertEquals(Language.DE, detector.detect("Es tut mir leid, dass die Lieferung so spät kam.", Language.EN));
        assertEquals(Language.FR, detector.detect("Je suis désolée pour le retard de votre commande.", Language.EN));
        assertEquals(Language.ES, detector.detect("Lamentamos mucho el retraso de su pedido.", Language.EN));
        assertEquals(Language.FR, detector.detect("J'ai vérifié l'état de la commande.", Language.EN));
        assertEquals(Language.ES, detector.detect("¿Puede enviarme el número?", Language.EN));
    }

    @Test
    public void wordsTwoLanguagesShareDoNotOutweighTheOnesOnlyOneUses() {
        assertEquals(Language.DE, detector.detect("Ihr seid doch alle Versager in diesem Laden.", Language.EN));
        assertEquals(Language.DE, detector.detect("Was hast du gerade an, Süße?", Language.EN));
        assertEquals(Language.ES, detector.detect("Vete a la mierda con tu número de ticket.", Language.EN));
        assertEquals(Language.ES, detector.detect("Que te jodan, quiero hablar con tu jefe.", Language.EN));
    }

    @Test
    public void spelledOutLettersAreNotFunctionWords() {
        // "o" is Spanish for "or" and "a" a preposition in three languages; spelled out they are a word's letters
        assertEquals(Language.EN, detector.detect("what a m o r o n", Language.DE));
        assertEquals(Language.ES, detector.detect("Eres un i d i o t a", Language.EN));
        assertEquals(Language.ES, detector.detect("Quiero el reembolso o una respuesta.", Language.EN));
    }

    @Test
    public void elidedArticlesCountEvenBeforeLongWordsAndTypographicApostrophes() {
        // no function word but the elided articles; the words they stand before are longer than any function word
        assertEquals(Language.FR, detector.detect("L'administration, l\u2019organisation, d'incompr\u00e9hensibilit\u00e9s", Language.EN));
        assertEquals(Language.FR, detector.detect("L'ADMINISTRATION, D'ABORD", Language.EN));
    }

    @Test
    public void capitalsAreReadAsTheirLowerCase() {
        String[] texts = {"Sorry about the missing items, I will send them today.", "Ihr seid doch alle Versager in diesem Laden.",
            "Quiero el reembolso o una respuesta.", "what a m o r o n", "Que te jodan, quiero hablar con tu jefe."};
        for (String text : texts) {
            assertEquals(text, detector.detect(text, Language.EN), detector.detect(text.toUpperCase(java.util.Locale.ROOT), Language.EN));
            assertEquals(text, detector.detect(text, Language.FR), detector.detect(text.toUpperCase(java.util.Locale.ROOT), Language.FR));
        }
    }

    @Test
    public void fallsBackWhenTheTextGivesNoEvidence() {
        assertEquals(Language.DE, detector.detect("", Language.DE));
        assertEquals(Language.FR, detector.detect(null, Language.FR));
        assertEquals(Language.ES, detector.detect("12345 !!! ###", Language.ES));
    }

    @Test
    public void codesAndLocaleTagsMapToLanguages() {
        assertEquals(Language.DE, Language.fromCode("de_AT").orElseThrow());
        assertEquals(Language.FR, Language.fromCode("fr-CA").orElseThrow());
        assertEquals(false, Language.fromCode("it").isPresent());
        assertEquals(false, Language.fromCode("english").isPresent());
        assertEquals("es", Language.ES.code());
    }

    @Test
    public void wordEndingsBreakATieBetweenFrenchAndSpanish() {
        // every function word here ("tu", "es", "un", "y") is French as well as Spanish
        assertEquals(Language.ES, detector.detect("Tu técnico es un payaso y un mentiroso.", Language.EN));
        assertEquals(Language.FR, detector.detect("Tu es un menteur, tu mens tout le temps, c'est évident.", Language.EN));
    }

    @Test
    public void digitsInsideAWordDoNotSplitIt() {
        // "l0ser" is one word; split, its "ser" would count as the Spanish verb
        assertEquals(Language.EN, detector.detect("u r such a l0ser lmao", Language.DE));
    }
}
