package com.serviceguardrails.opening;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.LanguageDetector;
import com.serviceguardrails.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The apology-first check: does a public reply open with a sincere apology or an acknowledgement of the
 * customer's problem?
 *
 * <pre>{@code
 * OpeningCheck check = new OpeningCheck(config.opening());          // build once, share: immutable, thread-safe
 * OpeningVerdict v = check.check(new ReplyToCheck(replyText, customerLastMessage, null, // null: detect language
 *         MacroContext.of("Maria", "Sam", "HELP-42")));
 * v.compliant(); v.kind(); v.span(); v.reason(Language.DE); v.suggestedOpener().text();
 * SuggestedOpener opener = check.suggestOpener(customerLastMessage, null, context);   // for a panel, before any reply
 * }</pre>
 *
 * <p>How it reads a reply: HTML, Jira wiki markup, quoted mail and signatures are dropped; a leading greeting with
 * the customer's name ("Hi Maria,", "Sehr geehrter Herr Weber,") and a courtesy sentence ("Thanks for reaching
 * out.") are skipped; the first sentence left (joined with the next if that starts "But …") is judged against the
 * phrase files {@code phrases-<lang>.txt}. A non-apology ("Sorry you feel that way") outranks belittling, which
 * outranks an apology or acknowledgement; those count only within the first {@value #MAX_OPENING_WORDS} words.
 *
 * <p>Never throws: null, empty, huge, binary or malformed text gets a verdict. Linear in the input (see
 * {@link ReplyScanner}); no regular expression touches the reply.
 */
public final class OpeningCheck {

    /** An apology or acknowledgement must start within this many words of the judged sentence. */
    static final int MAX_OPENING_WORDS = 6;
    private static final int SENTENCES_READ = 6;
    private static final int CUSTOMER_SENTENCES_READ = 12;
    private static final int MAX_QUOTE_CHARS = 80;
    private static final int MAX_DETECTION_CHARS = 600;
    private static final int MAX_COURTESY_SKIPS = 2;
    /** A courtesy sentence may go on for this many words ("… to us today") and still count as only courtesy. */
    private static final int MAX_COURTESY_TAIL_WORDS = 5;
    private static final List<String> KINDS = List.of("non_apology", "belittling", "apology", "acknowledgement", PhraseBook.NEUTRAL);

    private final OpeningConfig config;
    private final ApologyMacros macros;
    private final PhraseBook book = PhraseBook.standard();

    public OpeningCheck(OpeningConfig config) {
        this.config = config == null ? GuardrailsConfig.defaults().opening() : config;
        this.macros = new ApologyMacros(this.config.macros());
    }

    /** A check with the bundled configuration. */
    public static OpeningCheck standard() {
        return new OpeningCheck(GuardrailsConfig.defaults().opening());
    }

    public OpeningConfig config() {
        return config;
    }

    /** The macros in force (bundled and the admin's). */
    public ApologyMacros macros() {
        return macros;
    }

    /** Judges how {@code reply} opens. Never throws; an internal failure gives a compliant NOT_CHECKED verdict. */
    public OpeningVerdict check(ReplyToCheck reply) {
        ReplyToCheck r = reply == null ? ReplyToCheck.of(null) : reply;
        try {
            return judge(r);
        } catch (RuntimeException | StackOverflowError e) {
            // a guardrail that fails lets the reply through (architecture: never block the wrong thing)
            Language language = r.language() == null ? Language.EN : r.language();
            return new OpeningVerdict(true, OpeningKind.NONE, language, Span.EMPTY, Span.EMPTY, OpeningReason.NOT_CHECKED,
                    e.getClass().getSimpleName(), null);
        }
    }

    /**
     * The apology macro for a ticket, filled in: situation from the customer's message ("late", "broken", "locked
     * out" …), language as given or detected from that message (English when nothing tells). Never throws.
     */
    public SuggestedOpener suggestOpener(String customerMessage, Language language, MacroContext context) {
        try {
            ReplyScanner.Body body = ReplyScanner.scan(customerMessage, CUSTOMER_SENTENCES_READ, book);
            Language lang = language != null ? language : Objects.requireNonNullElse(detect(body), Language.EN);
            return suggest(situationOf(body), lang, context);
        } catch (RuntimeException | StackOverflowError e) {
            return suggest(Situation.GENERAL, language == null ? Language.EN : language, context);
        }
    }

    private SuggestedOpener suggest(Situation situation, Language language, MacroContext context) {
        ApologyMacro macro = macros.choose(language, situation);
        return new SuggestedOpener(macro.id(), macro.language(), macro.situation(), macro.render(context));
    }

    /** The situation with most keyword hits in the text; {@link Situation#GENERAL} when none. */
    private Situation situationOf(ReplyScanner.Body body) {
        int[] hits = new int[Situation.values().length];
        for (Sentence sentence : body.sentences()) {
            for (PhraseBook.Match m : book.find(sentence.tokens(), 0, sentence.tokens().size(), book.situationCategories())) {
                String name = m.pattern().category().substring(PhraseBook.SITUATION_PREFIX.length());
                for (Situation s : Situation.values()) {
                    if (s.jsonName().equals(name)) {
                        hits[s.ordinal()]++;
                    }
                }
            }
        }
        Situation best = Situation.GENERAL;
        for (Situation s : Situation.values()) {
            if (hits[s.ordinal()] > hits[best.ordinal()]) {
                best = s;
            }
        }
        return best;
    }

    /** The words judged: tokens of one sentence (maybe two), and the original span they cover. */
    private record Segment(List<Token> tokens, Span span, int sentenceIndex) {
    }

    /** What the phrases say about a segment. */
    private record Reading(OpeningKind kind, PhraseBook.Match evidence, PhraseBook.Match lateApology) {
    }

    private OpeningVerdict judge(ReplyToCheck reply) {
        String text = reply.text() == null ? "" : reply.text();
        ReplyScanner.Body body = ReplyScanner.scan(text, SENTENCES_READ, book);
        List<Sentence> sentences = body.sentences();
        Language detected = reply.language() != null ? reply.language() : detect(body);

        if (sentences.isEmpty()) {
            Language language = fallbackLanguage(detected, reply, null);
            return verdict(OpeningKind.NONE, language, Span.EMPTY, Span.EMPTY, OpeningReason.EMPTY, "", reply, body);
        }
        int index = 0;
        int from = 0;
        int courtesySkips = MAX_COURTESY_SKIPS;
        while (true) {
            Sentence sentence = sentences.get(index);
            from = skipGreeting(sentence.tokens(), from);
            if (from >= sentence.tokens().size()) {
                if (++index >= sentences.size()) {
                    Language language = fallbackLanguage(detected, reply, null);
                    Span span = new Span(sentences.get(0).start(), sentence.end());
                    return verdict(OpeningKind.NONE, language, span, Span.EMPTY, OpeningReason.ONLY_GREETING, "", reply, body);
                }
                from = 0;
                continue;
            }
            Segment segment = segment(sentences, index, from);
            Reading reading = read(segment.tokens());
            if (reading.kind() == OpeningKind.NONE && courtesySkips > 0 && index + 1 < sentences.size()
                    && isOnlyCourtesy(segment.tokens())) {
                courtesySkips--;
                index++;
                from = 0;
                continue;
            }
            return verdictFor(reading, segment, sentences, text, detected, reply, body);
        }
    }

    private OpeningVerdict verdictFor(Reading reading, Segment segment, List<Sentence> sentences, String text,
                                      Language detected, ReplyToCheck reply, ReplyScanner.Body body) {
        List<Token> tokens = segment.tokens();
        if (reading.kind() != OpeningKind.NONE) {
            Span evidence = spanOf(tokens, reading.evidence());
            Language language = fallbackLanguage(detected, reply, reading.evidence().pattern());
            OpeningReason reason = OpeningReason.valueOf(reading.kind().name());
            return verdict(reading.kind(), language, segment.span(), evidence, reason, quote(text, evidence), reply, body);
        }
        PhraseBook.Match late = reading.lateApology();
        Span lateSpan = late == null ? null : spanOf(tokens, late);
        for (int i = segment.sentenceIndex() + 1; i < sentences.size() && lateSpan == null; i++) {
            List<Token> later = sentences.get(i).tokens();
            Reading r = read(later);
            PhraseBook.Match m = r.kind().compliant() ? r.evidence() : r.lateApology();
            if (m != null) {
                late = m;
                lateSpan = spanOf(later, m);
            }
        }
        Language language = fallbackLanguage(detected, reply, late == null ? null : late.pattern());
        if (lateSpan != null) {
            return verdict(OpeningKind.NONE, language, segment.span(), Span.EMPTY, OpeningReason.APOLOGY_TOO_LATE, quote(text, lateSpan), reply, body);
        }
        Token last = tokens.get(Math.min(tokens.size(), 8) - 1);
        String opening = quote(text, new Span(segment.span().start(), last.end())) + (tokens.size() > 8 ? "…" : "");
        return verdict(OpeningKind.NONE, language, segment.span(), Span.EMPTY, OpeningReason.NO_APOLOGY, opening, reply, body);
    }

    private OpeningVerdict verdict(OpeningKind kind, Language language, Span span, Span evidence, OpeningReason reason,
                                   String quote, ReplyToCheck reply, ReplyScanner.Body body) {
        ReplyScanner.Body situationSource = reply.customerMessage() == null || reply.customerMessage().isBlank()
                ? body : ReplyScanner.scan(reply.customerMessage(), CUSTOMER_SENTENCES_READ, book);
        SuggestedOpener opener = suggest(situationOf(situationSource), language, reply.context());
        return new OpeningVerdict(kind.compliant(), kind, language, span, evidence, reason, quote, opener);
    }

    /** The sentence from word {@code from}; joined with the next sentence when that one starts "But …", "Aber …". */
    private Segment segment(List<Sentence> sentences, int index, int from) {
        Sentence sentence = sentences.get(index);
        List<Token> tokens = sentence.tokens().subList(from, sentence.tokens().size());
        int end = sentence.end();
        if (index + 1 < sentences.size()) {
            Sentence next = sentences.get(index + 1);
            if (book.longestAt(PhraseBook.CONTINUATION, next.tokens(), 0, next.tokens().size()) != null) {
                List<Token> joined = new ArrayList<>(tokens);
                joined.addAll(next.tokens());
                tokens = joined;
                end = next.end();
            }
        }
        return new Segment(tokens, new Span(tokens.get(0).start(), Math.max(end, tokens.get(0).start())), index);
    }

    private Reading read(List<Token> tokens) {
        // "Thanks for reaching out to us, Melody, and our apologies …": the opening window starts after the courtesy
        PhraseBook.Match courtesy = book.longestAt(PhraseBook.COURTESY, tokens, 0, tokens.size());
        int window = courtesy == null ? MAX_OPENING_WORDS : courtesy.to() + MAX_OPENING_WORDS + MAX_COURTESY_TAIL_WORDS;
        List<PhraseBook.Match> matches = book.find(tokens, 0, tokens.size(), KINDS);
        List<PhraseBook.Match> neutral = new ArrayList<>();
        for (PhraseBook.Match m : matches) {
            if (m.pattern().category().equals(PhraseBook.NEUTRAL)) {
                neutral.add(m);
            }
        }
        PhraseBook.Match nonApology = null;
        PhraseBook.Match belittling = null;
        PhraseBook.Match compliant = null;
        PhraseBook.Match late = null;
        for (PhraseBook.Match m : matches) {
            if (m.pattern().category().equals(PhraseBook.NEUTRAL) || insideAny(m, neutral)) {
                continue;
            }
            switch (m.pattern().category()) {
                case "non_apology" -> nonApology = nonApology == null ? m : nonApology;
                case "belittling" -> belittling = belittling == null ? m : belittling;
                default -> {
                    if (m.from() < window) {
                        compliant = compliant == null ? m : compliant;
                    } else {
                        late = late == null ? m : late;
                    }
                }
            }
        }
        if (nonApology != null) {
            return new Reading(OpeningKind.NON_APOLOGY, nonApology, null);
        }
        if (belittling != null) {
            return new Reading(OpeningKind.BELITTLING, belittling, null);
        }
        if (compliant != null) {
            return new Reading(compliant.pattern().category().equals("apology") ? OpeningKind.APOLOGY : OpeningKind.ACKNOWLEDGEMENT, compliant, null);
        }
        return new Reading(OpeningKind.NONE, null, late);
    }

    /**
     * "Thanks for reaching out." or "Thanks for reaching out to us!" is only politeness; "Thanks for the tag – if you
     * believe the suspension was an error, appeal here" is business and is judged.
     */
    private boolean isOnlyCourtesy(List<Token> tokens) {
        PhraseBook.Match courtesy = book.longestAt(PhraseBook.COURTESY, tokens, 0, tokens.size());
        return courtesy != null && tokens.size() - courtesy.to() <= MAX_COURTESY_TAIL_WORDS;
    }

    private static boolean insideAny(PhraseBook.Match m, List<PhraseBook.Match> neutral) {
        for (PhraseBook.Match n : neutral) {
            if (m.from() >= n.from() && m.from() < n.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Skips "Hi Maria,", "Dear Mr. Smith,", "Bonjour Julie," and the like at word {@code from}: the greeting, then the
     * name up to the next comma, colon, dash or exclamation mark (at most four words), or else up to three capitalised
     * words. Twice, for "Hi Maria, good morning!".
     */
    private int skipGreeting(List<Token> tokens, int from) {
        int at = from;
        for (int round = 0; round < 2; round++) {
            PhraseBook.Match greeting = book.longestAt(PhraseBook.GREETING, tokens, at, tokens.size());
            if (greeting == null) {
                break;
            }
            at = afterName(tokens, greeting.to());
        }
        // "Hi, Afua.", "Hey there, Rachel!": what is left of the sentence is only a name
        boolean onlyName = tokens.size() - at <= 3;
        for (int k = at; k < tokens.size() && onlyName; k++) {
            onlyName = tokens.get(k).capitalised() && !startsPhrase(tokens, k);
        }
        return onlyName && at > from ? tokens.size() : at;
    }

    private int afterName(List<Token> tokens, int nameStart) {
        for (int k = nameStart; k < tokens.size() && k <= nameStart + 4; k++) {
            if (",:!-–—".indexOf(tokens.get(k).separatorBefore()) >= 0 && tokens.get(k).separatorBefore() != 0) {
                return k;
            }
        }
        int k = nameStart;
        while (k < tokens.size() && k < nameStart + 3 && tokens.get(k).capitalised() && !startsPhrase(tokens, k)) {
            k++;
        }
        return k;
    }

    private boolean startsPhrase(List<Token> tokens, int at) {
        for (String kind : KINDS) {
            if (book.longestAt(kind, tokens, at, tokens.size()) != null) {
                return true;
            }
        }
        return tokens.get(at).word().equals("i");
    }

    private static Span spanOf(List<Token> tokens, PhraseBook.Match m) {
        return new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
    }

    private static String quote(String text, Span span) {
        String q = span.of(text).replace('\n', ' ');
        return q.length() <= MAX_QUOTE_CHARS ? q : q.substring(0, MAX_QUOTE_CHARS) + "…";
    }

    /** The language of the reply's opening, or null when its words do not tell; a few sentences are plenty. */
    private static Language detect(ReplyScanner.Body body) {
        CharSequence text = body.visibleText();
        return LanguageDetector.standard().detect(text.subSequence(0, Math.min(text.length(), MAX_DETECTION_CHARS)), null);
    }

    /** The language judged in: given, else detected, else the matched phrase's, else English. */
    private static Language fallbackLanguage(Language detected, ReplyToCheck reply, PhrasePattern matched) {
        if (detected != null) {
            return detected;
        }
        if (matched != null) {
            return Language.fromCode(matched.language()).orElse(Language.EN);
        }
        return Language.EN;
    }
}
