package com.serviceguardrails.abuse;

import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class AbuseDetectorTest {

    static final AbuseDetector DETECTOR = AbuseDetector.create(new AbuseConfig(Mode.ADVISE));

    private static AbuseVerdict customer(String text) {
        return DETECTOR.judge(text, AuthorRole.CUSTOMER, null);
    }

    @Test
    public void anInsultAimedAtTheReaderIsAbuseWithTheWordsThatFired() {
        String text = "You are a useless idiot.";
        AbuseVerdict verdict = customer(text);
        assertTrue(verdict.offensive());
        assertTrue(verdict.abusive());
        assertEquals(Target.INDIVIDUAL, verdict.target());
        assertTrue(verdict.categories().contains(Category.INSULT));
        Finding finding = verdict.findings().stream().filter(f -> f.rule().equals("en:useless idiot")).findFirst().orElseThrow();
        assertEquals("useless idiot", text.substring(finding.start(), finding.end()));
        assertEquals(Language.EN, finding.language());
    }

    @Test
    public void swearingAtAProductIsOffensiveButNotAbuse() {
        AbuseVerdict verdict = customer("this damn thing broke again");
        assertTrue(verdict.offensive());
        assertFalse(verdict.abusive());
        assertEquals(Target.NONE, verdict.target());
        assertFalse(customer("this stupid app keeps crashing").abusive());
    }

    @Test
    public void lawfulComplaintsAreNotThreats() {
        for (String text : List.of("I'll file a chargeback", "My lawyer will contact you", "I will report you to the ombudsman")) {
            assertFalse(text, customer(text).abusive());
        }
    }

    @Test
    public void quotedOrReportedAbuseIsNotTheAuthors() {
        assertFalse(customer("Your agent called me an idiot, which is unacceptable").abusive());
        assertFalse(customer("The message said \"you are a moron\" and I want it removed").abusive());
        assertFalse(customer("Thanks.\n> you idiot\n").abusive());
    }

    @Test
    public void quotedOrReportedInsultsStillMakeTheMessageOffensive() {
        AbuseVerdict quoted = customer("The message said \"you are a moron\" and I want it removed");
        assertTrue(quoted.offensive());
        assertEquals(Target.NONE, quoted.target());
        assertTrue(customer("Your agent called me an idiot, which is unacceptable").offensive());
    }

    @Test
    public void aThingFurtherOnDoesNotExcuseAnInsultAimedAtAPerson() {
        assertTrue(customer("She is so stupid it scares me").abusive());
        AbuseVerdict app = customer("this stupid app keeps crashing");
        assertTrue(app.offensive());   // offensive language about a thing, still no abuse
        assertFalse(app.abusive());
    }

    @Test
    public void strongSwearingAtTheReaderIsAbuseButNotAtTheirProduct() {
        assertTrue(customer("You clearly don't give a shit about your customers").abusive());
        assertFalse(customer("your fucking customer service lost my parcel again").abusive());
        assertFalse(customer("Bloody hell, you sent it to the wrong address").abusive());   // mild swearing stays swearing
    }

    @Test
    public void aThingNamedNearerThanThePersonIsWhatTheWordIsAbout() {
        for (String text : List.of("Your app is garbage.", "Your service is useless.", "Your website is shit.",
                "Votre application est nulle.")) {
            AbuseVerdict verdict = customer(text);
            assertFalse(text, verdict.abusive());
            assertEquals(text, Target.NONE, verdict.target());
        }
        assertTrue(customer("Your website is shit.").offensive());
        assertTrue(customer("Your agents are useless.").abusive());
        assertTrue(customer("You are useless.").abusive());
        assertTrue(customer("You are full of shit.").abusive());
    }

    @Test
    public void spacedOutLettersThatTookAOneLetterWordAlongAreStillSeen() {
        // joined, "a m o r o n" is "amoron": the term is what follows the article
        assertTrue(customer("you are a m o r o n").abusive());
        assertTrue(customer("u i d i o t").abusive());
        assertFalse(customer("I need a p d f copy, send it a s a p please").offensive());
    }

    @Test
    public void aMildWordInsultsOnlyTheOneItIsSaidTo() {
        for (String text : List.of("He was sick yesterday, can someone else call me?", "The agent was crazy busy today.",
                "My daughter is crazy about your app.")) {
            assertFalse(text, customer(text).abusive());
        }
        assertTrue(customer("You are crazy.").abusive());
        assertTrue(customer("Your agent is useless.").abusive());   // a stronger word still insults whoever it names
    }

    @Test
    public void anInsultTheSpeakerAppliesToThemselvesAfterwardsIsNotAbuse() {
        assertFalse(customer("Quel idiot je suis, j'ai oublié de joindre le fichier.").abusive());
        assertFalse(customer("What an idiot I am.").abusive());
        assertTrue(customer("The idiot I spoke to yesterday hung up on me.").abusive());   // the clause goes on: someone else
    }

    @Test
    public void contractionsAreNotTheWordsTheyFoldTo() {
        assertFalse(customer("He'll call you back tomorrow, and she\u2019ll send the invoice.").offensive());
        assertTrue(customer("What the hell happened to my order?").offensive());
    }

    @Test
    public void accusationsNeedAPersonNearby() {
        assertTrue(customer("He is a crook and a fraud").abusive());
        AbuseVerdict report = customer("I want to report fraud on my credit card");
        assertFalse(report.offensive());
    }

    @Test
    public void innocentWordsAndNamesAreNotFlagged() {
        AbuseVerdict verdict = customer("Dick Smith from Scunthorpe in Essex ordered a cocktail kit after the assessment and analysis");
        assertFalse(verdict.toString(), verdict.offensive());
    }

    @Test
    public void disguisedSpellingsAreSeenThrough() {
        for (String text : List.of("you 1d10t", "you f*cking m0ron", "you a$$hole", "you i d i o t", "you are so stuuupid",
                "you \u0456diot", "you st*pid m0ron")) {
            assertTrue(text, customer(text).abusive());
        }
    }

    @Test
    public void aCredibleThreatIsCritical() {
        AbuseVerdict verdict = customer("I know where you live.");
        assertTrue(verdict.abusive());
        assertEquals(Severity.CRITICAL, verdict.severity());
        assertTrue(verdict.categories().contains(Category.THREAT));
    }

    @Test
    public void negationAndSelfDeprecationAreNotAbuse() {
        assertFalse(customer("You're not stupid, the form is confusing").abusive());
        assertFalse(customer("I'm such an idiot, I forgot the attachment").abusive());
    }

    @Test
    public void belittlingByAnAgentIsFlagged() {
        AbuseVerdict verdict = DETECTOR.judge("That is an asinine question, you are clueless.", AuthorRole.AGENT, Language.EN);
        assertTrue(verdict.abusive());
        assertTrue(verdict.categories().contains(Category.BELITTLING));
        assertTrue(DETECTOR.judge("As I already explained, restart it.", AuthorRole.AGENT, Language.EN).abusive());
        assertFalse(DETECTOR.judge("As I already explained, restart it.", AuthorRole.CUSTOMER, Language.EN).abusive());
    }

    @Test
    public void worksInGermanFrenchAndSpanishAndDetectsTheLanguage() {
        AbuseVerdict de = customer("Du bist ein Vollidiot");
        assertTrue(de.abusive());
        assertEquals(Language.DE, de.language());
        assertTrue(customer("Tu es vraiment un connard").abusive());
        AbuseVerdict es = customer("Eres un idiota, te voy a matar");
        assertEquals(Severity.CRITICAL, es.severity());
        assertFalse(customer("Dieses verdammte Ding ist schon wieder kaputt").abusive());
    }

    @Test
    public void adminTermsAndAllowListEntriesApply() {
        AbuseConfig config = new AbuseConfig(Mode.ADVISE,
                Map.of(Language.EN, List.of(new LexiconTerm("numpty", Category.INSULT, Aim.PERSON, Severity.MEDIUM))),
                Map.of(Language.EN, List.of("Moron Street")));
        AbuseDetector detector = AbuseDetector.create(config);
        AbuseVerdict verdict = detector.judge("you numpty", AuthorRole.CUSTOMER, Language.EN);
        assertTrue(verdict.abusive());
        assertEquals("en:admin:numpty", verdict.findings().get(0).rule());
        assertFalse(detector.judge("I live on Moron Street", AuthorRole.CUSTOMER, Language.EN).offensive());
    }

    @Test
    public void insultsFromTheLicensedWordListsAreAbuseWhenAimedAtSomeone() {
        // WordNet and VADER (English), LDNOOBW (German, French, Spanish): see the lexicon files' headers
        assertTrue(customer("Your agent is a complete nincompoop.").abusive());
        assertTrue(customer("She is so hateful to everyone who calls.").abusive());
        assertTrue(customer("You make me sick.").abusive());
        assertTrue(DETECTOR.judge("Du bist eine Hackfresse.", AuthorRole.CUSTOMER, Language.DE).abusive());
        assertTrue(DETECTOR.judge("Espèce de branleur, rends-moi mon argent.", AuthorRole.CUSTOMER, Language.FR).abusive());
        assertTrue(DETECTOR.judge("Eres un soplapollas.", AuthorRole.CUSTOMER, Language.ES).abusive());
    }

    @Test
    public void negativeWordsAboutThingsOrWithoutAPersonStayClean() {
        // "hateful" and "swindler" need a person nearby; a thing named right after is not one
        assertFalse(customer("What a hateful policy.").abusive());
        assertFalse(customer("I was contacted by a swindler.").offensive());
        assertFalse(customer("What a selfish pricing policy.").abusive());
        // a rebuke is offensive language, not abuse
        AbuseVerdict rebuke = customer("Shame on you for charging me twice.");
        assertTrue(rebuke.offensive());
        assertFalse(rebuke.abusive());
    }

    @Test
    public void accusationsOfMadnessOrEvilNeedAPerson() {
        assertTrue(customer("Your manager is mentally unstable.").abusive());
        assertTrue(customer("He is a monster and a lier.").abusive());
        assertFalse(customer("The demon process keeps crashing on the server.").offensive());
        assertFalse(customer("The monster truck toy arrived broken.").offensive());
        assertTrue(customer("Your agent is a dirt bag and a puppet of his boss.").abusive());
        assertFalse(customer("I want to report a cheater in the game.").abusive());
        assertFalse(customer("The zombie game keeps crashing.").offensive());
    }

    @Test
    public void aMildInsultInAMessageToSomeoneMentionedIsOffensiveButNotAbuse() {
        // "garbage" needs a person near to be abuse; said to someone @mentioned it is still offensive language
        AbuseVerdict mentioned = customer("@anna garbage, all of it");
        assertTrue(mentioned.offensive());
        assertFalse(mentioned.abusive());
        assertFalse(customer("garbage, all of it").offensive());
        assertFalse(customer("@anna the trash folder is full").offensive());   // a thing named right after
        assertFalse(customer("@anna I've been sick all week").offensive());   // said of oneself
    }

    @Test
    public void politeTextIsClean() {
        AbuseVerdict verdict = customer("Hi, my order #1234 arrived damaged. Could you send a replacement? Thanks!");
        assertEquals(AbuseVerdict.clean(Language.EN), verdict);
    }
}
