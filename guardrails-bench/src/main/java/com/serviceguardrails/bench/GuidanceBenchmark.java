package com.serviceguardrails.bench;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.guidance.EscalationHistory;
import com.serviceguardrails.guidance.GuidancePanel;
import com.serviceguardrails.guidance.GuidancePanels;
import com.serviceguardrails.guidance.Judges;
import com.serviceguardrails.guidance.Question;
import com.serviceguardrails.guidance.QuestionFinder;
import com.serviceguardrails.guidance.ReplyCheck;
import com.serviceguardrails.guidance.ReplyGuard;
import com.serviceguardrails.guidance.ThreadMessage;
import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.text.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the agent waits for: the reply guard's decision on a typical reply (the {@code check} endpoint's work),
 * the open questions of a 10 KB customer message, and a whole guidance panel for a 20-comment ticket with the
 * verdicts cached (a repeat page view).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuidanceBenchmark {

    private final GuardrailsConfig config = GuardrailsConfig.defaults();
    private final Judges judges = new Judges(() -> config);
    private final ReplyGuard guard = new ReplyGuard(judges.openingJudge(), judges.toneJudge());
    private final GuidancePanels panels = new GuidancePanels(() -> config, judges, EscalationHistory.NONE, new InMemoryLedger(), Clock.systemUTC());
    private String reply;
    private String customerMessage10k;
    private List<ThreadMessage> ticket;

    @Setup
    public void inputs() {
        reply = "Hi Maria,\nI'm so sorry your lamp arrived damaged. A replacement ships today and you will get the tracking number by mail.\n\nBest regards,\nSam";
        StringBuilder message = new StringBuilder();
        while (message.length() < 10_000) {
            message.append("The shade was cracked when I opened the box and the base wobbles. Can you send a new one? When will it ship? ");
        }
        customerMessage10k = message.toString();
        ticket = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ticket.add(new ThreadMessage(String.valueOf(i), i % 2 == 0
                    ? "My lamp arrived broken and nobody answers. Where is my replacement? Can I get a refund instead?"
                    : "We are looking into it and will get back to you.", i % 2 == 0, true));
        }
    }

    @Benchmark
    public ReplyCheck replyCheck() {
        return guard.check(config, reply, false, Language.EN);
    }

    @Benchmark
    public List<Question> openQuestions10k() {
        return QuestionFinder.standard().questionsIn("c", customerMessage10k, Language.EN);
    }

    @Benchmark
    public GuidancePanel panelRepeatView() {
        return panels.build("sam", Set.of(), false, MacroContext.of("Maria", "Sam", "SD-1"), ticket, Language.EN);
    }
}
