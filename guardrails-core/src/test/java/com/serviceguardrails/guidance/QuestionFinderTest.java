package com.serviceguardrails.guidance;

import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class QuestionFinderTest {

    private final QuestionFinder finder = QuestionFinder.standard();

    private List<String> questions(String text) {
        return finder.questionsIn("c1", text, Language.EN).stream().map(Question::text).toList();
    }

    @Test
    public void findsEveryQuestionInAMessageNotOnlyTheFirst() {
        assertEquals(List.of("Where is my order?", "Can I get a refund for the broken lamp?"),
                questions("Hi. Where is my order? It was due Monday. Can I get a refund for the broken lamp? Thanks"));
    }

    @Test
    public void aQuestionWithoutItsMarkIsFoundByHowItOpens() {
        assertEquals(List.of("Could you check the tracking number please"),
                questions("My parcel never came. Could you check the tracking number please"));
    }

    @Test
    public void statementsThatStartLikeQuestionsAreNotQuestions() {
        assertEquals(List.of(), questions("When I opened the box the lamp was broken. How annoying."));
    }

    @Test
    public void quotedEmailLinesAreSkipped() {
        assertEquals(List.of("And when will it ship?"),
                questions("And when will it ship?\n\n> Is there anything else we can help with?\n> Best, Support"));
    }

    @Test
    public void spansPointAtTheQuestionInTheOriginalText() {
        String text = "Hello!  Why was I charged twice?";
        Question q = finder.questionsIn("c9", text, Language.EN).get(0);
        assertEquals("c9", q.messageId());
        assertEquals(q.text(), text.substring(q.start(), q.end()));
    }

    @Test
    public void decimalsAndAbbreviationsDoNotEndASentence() {
        assertEquals(List.of("Why did you charge 19.99 instead of 9.99 for the item?"),
                questions("Why did you charge 19.99 instead of 9.99 for the item?"));
    }

    @Test
    public void germanFrenchAndSpanishQuestions() {
        assertEquals(List.of("Können Sie mir bitte das Geld zurückerstatten"),
                finder.questionsIn("c", "Die Lieferung ist kaputt und ich bin sauer. Können Sie mir bitte das Geld zurückerstatten", Language.EN)
                        .stream().map(Question::text).toList());
        assertEquals(List.of("Est-ce que vous pouvez me rembourser"),
                finder.questionsIn("c", "Le colis est arrivé cassé et je suis déçu. Est-ce que vous pouvez me rembourser", Language.EN)
                        .stream().map(Question::text).toList());
        assertEquals(List.of("¿Cuándo llega mi pedido?"),
                finder.questionsIn("c", "Hola, pagué hace una semana y no tengo nada. ¿Cuándo llega mi pedido?", Language.EN)
                        .stream().map(Question::text).toList());
    }

    @Test
    public void onlyCustomerMessagesSinceTheLastPublicAgentReplyCount() {
        List<ThreadMessage> thread = List.of(
                new ThreadMessage("1", "Where is my order?", true, true),
                new ThreadMessage("2", "It ships tomorrow.", false, true),
                new ThreadMessage("3", "Can you refund the shipping?", true, true),
                new ThreadMessage("4", "Internal: ask finance?", false, false),
                new ThreadMessage("5", "Also, why was it late?", true, true));
        List<Question> open = finder.openQuestions(thread, Language.EN);
        assertEquals(List.of("Can you refund the shipping?", "Also, why was it late?"), open.stream().map(Question::text).toList());
        assertEquals(List.of("3", "5"), open.stream().map(Question::messageId).toList());
    }

    @Test
    public void nothingIsOpenOnceTheAgentHasReplied() {
        List<ThreadMessage> thread = List.of(
                new ThreadMessage("1", "Where is my order?", true, true),
                new ThreadMessage("2", "Sorry for the wait, it ships today.", false, true));
        assertTrue(finder.openQuestions(thread, Language.EN).isEmpty());
    }

    @Test
    public void theListIsCappedAndHostileInputNeverThrows() {
        String many = "Why? ".repeat(500);
        assertEquals(QuestionFinder.MAX_QUESTIONS, finder.questionsIn("c", many, Language.EN).size());
        assertTrue(finder.questionsIn("c", "", Language.EN).isEmpty());
        assertTrue(finder.questionsIn("c", null, Language.EN).isEmpty());
        finder.questionsIn("c", "?".repeat(100_000) + "\n".repeat(1000) + "\uD800", Language.EN);
    }
}
