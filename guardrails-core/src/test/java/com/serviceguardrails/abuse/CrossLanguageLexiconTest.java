package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A lexicon applies to messages in its own language; another language's lexicon contributes only the entries marked
 * cross-language. Words that are rude in one language are innocent in another ("retard" is a delay in French).
 */
public class CrossLanguageLexiconTest {

    private static final AbuseDetector DETECTOR = AbuseDetectorTest.DETECTOR;

    /** Innocent with the language given (an agent's reply) and with the language detected (a customer's message). */
    private static void innocent(Language language, String text) {
        AbuseVerdict given = DETECTOR.judge(text, AuthorRole.AGENT, language);
        assertFalse(text + " -> " + given.findings(), given.offensive());
        AbuseVerdict detected = DETECTOR.judge(text, AuthorRole.CUSTOMER, null);
        assertEquals(text, language, detected.language());
        assertFalse(text + " -> " + detected.findings(), detected.offensive());
    }

    @Test
    public void frenchWordsThatAreRudeInEnglishAreInnocentInFrench() {
        innocent(Language.FR, "Nous sommes désolés pour ce retard de livraison, votre colis arrivera demain.");
        innocent(Language.FR, "Le retard du remboursement est dû à votre banque, merci de votre patience.");
        innocent(Language.FR, "Nous nous excusons pour les retards de livraison et les conséquences pour vous.");
    }

    @Test
    public void spanishWordsThatAreRudeInFrenchAreInnocentInSpanish() {
        innocent(Language.ES, "Le escribo con respecto a su pedido, lo enviamos con el número de seguimiento.");
    }

    @Test
    public void englishWordsThatAreRudeInFrenchOrGermanAreInnocentInEnglish() {
        innocent(Language.EN, "We weighed the pros and cons of the new plan and the kind agent agreed with you.");
        innocent(Language.EN, "Our mongo database was restored this morning, thank you for your patience.");
        innocent(Language.EN, "Please send the gift card with the fast shipping option and a pack of batteries.");
    }

    @Test
    public void germanWordsThatAreRudeInEnglishAreInnocentInGerman() {
        innocent(Language.DE, "Das Display ist sehr hell und das Bad ist fast fertig, Ihr Kind kann es nutzen.");
        innocent(Language.DE, "Vorsicht, das Mittel ist Gift für Katzen, bitte lesen Sie die Hinweise.");
    }

    @Test
    public void wordsThatAreInsultsOnlyInSomeSensesAreNotOffensiveAlone() {
        innocent(Language.FR, "Les ordures ménagères n'ont pas été ramassées, le service est en retard.");
        innocent(Language.ES, "Pedí carne de cerdo y llegó pollo, quiero un reembolso.");
        innocent(Language.DE, "Primitive Datentypen werden in der Schnittstelle leider nicht unterstützt.");
    }

    @Test
    public void aWordKeepsItsMeaningInItsOwnLanguage() {
        AbuseVerdict english = DETECTOR.judge("you are a retard", AuthorRole.CUSTOMER, Language.EN);
        assertTrue(english.abusive());
        assertEquals("en:retard", english.findings().get(0).rule());
        assertTrue(DETECTOR.judge("tu es un con", AuthorRole.CUSTOMER, Language.FR).abusive());
    }

    @Test
    public void entriesMarkedCrossLanguageApplyToMessagesInAnyLanguage() {
        AbuseVerdict french = DETECTOR.judge("Tu es un asshole, rembourse-moi", AuthorRole.CUSTOMER, Language.FR);
        assertTrue(french.abusive());
        assertEquals("en:asshole", french.findings().get(0).rule());
        assertEquals(Language.EN, french.findings().get(0).language());
        AbuseVerdict english = DETECTOR.judge("you are an arschloch", AuthorRole.CUSTOMER, Language.EN);
        assertTrue(english.abusive());
        assertEquals("de:arschloch", english.findings().get(0).rule());
    }
}
