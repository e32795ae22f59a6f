package com.serviceguardrails.bench;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.config.Mode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The abuse detector on one core: tweet-length messages (target: at least 200,000 a second, language detected) and a
 * 10 KB message (target: under 100 µs). Run with
 * {@code java -jar guardrails-bench/target/benchmarks.jar Abuse}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(1)
public class AbuseBenchmark {

    /** Tweet-length helpdesk messages, clean and abusive, several languages, with the disguises the detector undoes. */
    private static final String[] TWEETS = {
        "@support my order #4411 arrived damaged again, can you send a replacement today? thanks",
        "You are a useless idiot, I have explained this three times now and nobody reads my emails!!",
        "This damn printer jams every other page, what the hell is going on with your latest firmware update",
        "I'll file a chargeback if the refund isn't on my card by Friday. My lawyer will contact you.",
        "you st*pid m0ron, the order number is right there in the subject line https://example.com/x",
        "Hallo, meine Bestellung ist immer noch nicht angekommen. Können Sie bitte nachsehen? Danke!",
        "Du bist ein Vollidiot, ich weiß wo du wohnst. Das Paket ist schon wieder beschädigt angekommen.",
        "Bonjour, ma commande est arrivée abîmée. Pouvez-vous envoyer un remplacement rapidement ?",
        "Espèce d'abruti, remboursez-moi tout de suite ou je porte plainte auprès de ma banque.",
        "Hola, mi pedido llegó dañado otra vez. ¿Pueden enviar un reemplazo lo antes posible? Gracias",
        "Eres un idiota, te voy a matar si cierras otra vez el ticket sin resolver nada de nada.",
        "Thanks so much for the quick fix, you are a star! The dashboard loads fine again now.",
        "Sorry about the missing items — I'll send them out today with express shipping at no cost.",
        "Dick Smith here from the Scunthorpe office, following up on the cocktail set assessment.",
        "are you even listening?? even a child could understand this, i d i o t, read the ticket",
        "I'm such an idiot, I forgot to attach the receipt. Here it is, sorry for the extra email.",
    };

    private static final String PARAGRAPH = "We checked the order history, the courier scans and the warehouse log for your parcel today, "
            + "and honestly this damn system is a mess, but you are not to blame. ";

    private AbuseDetector detector;
    private String tenKilobytes;
    private int next;

    @Setup
    public void load() {
        detector = AbuseDetector.create(new AbuseConfig(Mode.ADVISE));
        StringBuilder text = new StringBuilder(10_240 + PARAGRAPH.length());
        while (text.length() < 10_240) {
            text.append(PARAGRAPH);
        }
        text.append(" You absolute moron.");
        tenKilobytes = text.toString();
        if (!detector.scan(tenKilobytes, AuthorRole.CUSTOMER, null).abusive()) {
            throw new IllegalStateException("the 10 KB message must be read to its end");
        }
    }

    /** One tweet-length message per call; throughput in messages per second. */
    @Benchmark
    @BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public AbuseVerdict tweet() {
        String message = TWEETS[next];
        next = (next + 1) % TWEETS.length;
        return detector.scan(message, AuthorRole.CUSTOMER, null);
    }

    /** One 10 KB message per call; time per message. */
    @Benchmark
    @BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public AbuseVerdict tenKilobyteMessage() {
        return detector.scan(tenKilobytes, AuthorRole.CUSTOMER, null);
    }
}
