package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.LanguageDetector;
import com.serviceguardrails.text.NormalizedText;
import com.serviceguardrails.text.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Decides whether a message is offensive and whether it is abuse aimed at people, and explains why with spans.
 * <p>
 * Three sources of evidence, all data files: a lexicon per language (terms that name a person, terms that need a
 * person nearby, swearing), phrase rules (threats, doxxing, harassment, belittling) and a linear model over hashed
 * word and character n-grams for offensive language the lexicon does not know. Rules decide the target: a term
 * aimed at a thing ("this stupid app"), negated ("you're not stupid"), quoted, reported ("he called me an idiot")
 * or said of oneself ("I'm such an idiot") is not abuse; profanity alone is offensive, never abusive.
 * <p>
 * Built once from the configuration, then immutable and thread-safe. {@link #scan} never throws on bad text.
 */
public final class AbuseDetector {

    /** How far (in tokens) a cue word may be from the term it qualifies. */
    private static final int CUE_REACH = 3;
    /** Whom strong swearing nearby is aimed at. */
    private static final int AT_READER = Cue.SECOND_PERSON | Cue.PERSON | Cue.GROUP;
    /** How far back a reporting verb ("called me") makes what follows someone else's words. */
    private static final int REPORT_REACH = 8;

    private final Map<Language, LanguageData> languages = new EnumMap<>(Language.class);
    /** The same, in the map's (ordinal) order, as an array: loops per token over it allocate no iterator. */
    private final LanguageData[] allLanguages;
    /** What the languages know about each word, one look-up per token. */
    private final WordIndex index;
    /** Per language; a language without training data (Spanish) has none and relies on lexicon and rules. */
    private final Map<Language, LinearModel> models = new EnumMap<>(Language.class);
    /** Per language with a model: its own scores of the indexed words. */
    private final Map<Language, LinearModel.KnownWords> knownWordScores = new EnumMap<>(Language.class);
    /** Per language: the model probability from which a message is offensive, and from which it is abuse. */
    private final Map<Language, double[]> thresholds = new EnumMap<>(Language.class);

    private AbuseDetector(AbuseConfig config, Map<Language, double[]> thresholds) {
        int phraseElements = 0;   // numbered across the languages, see PhraseRule
        for (Language language : Language.values()) {
            LanguageData data = new LanguageData(language, config, phraseElements);
            languages.put(language, data);
            phraseElements = data.phraseElementsEnd();
            LinearModel model = LinearModel.bundled(language);
            if (model != null) {
                models.put(language, model);
            }
        }
        this.allLanguages = languages.values().toArray(LanguageData[]::new);
        this.index = new WordIndex(languages.values(), phraseElements);
        models.forEach((language, model) -> knownWordScores.put(language, model.knownWords(index.words())));
        this.thresholds.putAll(thresholds);
    }

    /** A detector with the bundled lexicons, rules and model plus the admin's additions from {@code config}. */
    public static AbuseDetector create(AbuseConfig config) {
        Properties thresholds = new Properties();
        try (InputStream in = AbuseDetector.class.getResourceAsStream("model.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource model.properties");
            }
            thresholds.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Language, double[]> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, new double[] {
                    Double.parseDouble(thresholds.getProperty("offensive.threshold." + language.code())),
                    Double.parseDouble(thresholds.getProperty("abusive.threshold." + language.code()))});
        }
        return new AbuseDetector(config, byLanguage);
    }

    /** The same detector with other model thresholds for every language; for tuning and evaluation. */
    public AbuseDetector withThresholds(double offensive, double abusive) {
        Map<Language, double[]> same = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            same.put(language, new double[] {offensive, abusive});
        }
        return new AbuseDetector(this, same);
    }

    private AbuseDetector(AbuseDetector base, Map<Language, double[]> thresholds) {
        this.languages.putAll(base.languages);
        this.allLanguages = base.allLanguages;
        this.models.putAll(base.models);
        this.index = base.index;
        this.knownWordScores.putAll(base.knownWordScores);
        this.thresholds.putAll(thresholds);
    }

    /**
     * Judges one message. {@code language} null means detect it (English when nothing tells). Never throws:
     * on an internal failure it returns a clean verdict, because a failing guardrail must not eat a comment.
     */
    public AbuseVerdict scan(String text, AuthorRole author, Language language) {
        Language fallback = language == null ? Language.EN : language;
        try {
            return judge(text == null ? "" : text, author == null ? AuthorRole.CUSTOMER : author, language);
        } catch (RuntimeException e) {
            return AbuseVerdict.clean(fallback);
        }
    }

    /** The probability that {@code text} is offensive by the model for {@code language} (0 without one); for tuning. */
    public double modelProbability(String text, Language language) {
        LinearModel model = models.get(language);
        return model == null ? 0 : model.probability(TextNormalizer.standard().normalize(text), null);
    }

    /** {@link #scan} without the safety net, so tests see failures. */
    AbuseVerdict judge(String text, AuthorRole author, Language given) {
        return judge(text, TextNormalizer.standard().normalize(text), author, given);
    }

    /** {@link #judge(String, AuthorRole, Language)} on {@code text} already normalised, so tests can count the reads. */
    AbuseVerdict judge(String text, NormalizedText words, AuthorRole author, Language given) {
        Language language = given != null ? given : LanguageDetector.standard().detect(text, Language.EN);
        int n = words.size();
        if (n == 0) {
            return AbuseVerdict.clean(language);
        }
        // Cues and allow-lists of the message's language and English (English travels: "you", "lol"). Lexicon terms: the
        // message's language in full, other languages only their entries marked cross-language, since words collide
        // across languages ("retard" is a delay in French, "con" means "with" in Spanish, "Gift" poison in German).
        WordIndex.IndexedTokens indexed = index.lookUp(words);
        WordIndex.Entry[] known = indexed.entries;   // what the languages know about each token's word
        boolean[] ignored = new boolean[n];   // allow-listed or quoted: never abuse
        boolean[] allowListed = new boolean[n];   // not even offensive
        int[] cues = new int[n];
        for (int t = 0; t < n; t++) {
            WordIndex.Entry entry = known[t];
            if (entry != null) {
                cues[t] = entry.cue(language);
                if (entry.mayStartAllowed(language)) {
                    for (Language allowLanguage : WordIndex.cueLanguages(language)) {
                        int allowed = languages.get(allowLanguage).allowedAt(entry, words, t);
                        for (int k = 0; k < allowed; k++) {
                            ignored[t + k] = true;
                            allowListed[t + k] = true;
                        }
                    }
                }
            }
            if (words.has(t, NormalizedText.QUOTED)) {
                ignored[t] = true;
            }
        }
        Context context = new Context(words, cues, ignored);
        boolean[] reported = context.reportedTokens();
        List<Finding> findings = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<Severity> severities = new ArrayList<>();
        int termsCoveredUntil = 0;
        for (int t = 0; t < n; t++) {
            if (ignored[t] || reported[t]) {
                continue;
            }
            WordIndex.Entry entry = known[t];
            if (t >= termsCoveredUntil && index.mayStartTerm(entry, language, words, t)) {
                termsCoveredUntil = Math.max(termsCoveredUntil, matchTerms(context, author, t, entry, language, findings, targets, severities));
            }
            // Phrases are specific enough to try in every language. A masked token ("f*ck you") tries every rule as
            // it stands; any other only the rules whose first element matches it (most tokens: none).
            boolean masked = words.has(t, NormalizedText.MASKED);
            if (!masked && entry != null && !indexed.mayStartPhrase(entry)) {
                continue;   // a common word none of whose rules can match in this message
            }
            for (PhraseRule rule : masked ? index.allPhrases() : index.phrasesAt(entry, words, t)) {
                if (rule.agentOnly() && author != AuthorRole.AGENT || !indexed.mayMatch(rule)
                        || !masked && !rule.startsAt(words, indexed, t)) {
                    continue;
                }
                int end = rule.match(words, indexed, t);
                if (end > t && !context.anyIgnored(t, end)) {
                    add(findings, targets, severities, new Finding(words.start(t), words.end(end - 1), rule.category(),
                            rule.rule(), rule.language()),
                            rule.category() == Category.SLUR ? Target.GROUP : Target.INDIVIDUAL, rule.severity());
                }
            }
        }
        if (findings.isEmpty()) {
            secondHandOffence(context, allowListed, reported, language, findings, targets, severities);
        }
        LinearModel model = models.get(language);
        // the model reads quoted words too (offensive language is there), but they never make the message abuse
        LinearModel.Score score = model == null ? null : model.score(words, allowListed, known, knownWordScores.get(language));
        double probability = score == null ? 0 : score.probability();
        boolean lexiconOffensive = !findings.isEmpty();
        double[] threshold = thresholds.get(language);
        int top = probability >= threshold[0] ? score.topToken() : -1;
        if (top >= 0 && !covered(findings, words, top)) {
            boolean aimed = probability >= threshold[1] && !ignored[top] && !reported[top] && context.addressesSomeone();
            Category category = aimed ? Category.INSULT : Category.PROFANITY;
            add(findings, targets, severities, new Finding(words.start(top), words.end(top), category,
                    "model:" + words.word(top), language), aimed ? Target.INDIVIDUAL : Target.NONE,
                    aimed ? Severity.MEDIUM : Severity.LOW);
        }
        if (findings.isEmpty()) {
            return AbuseVerdict.clean(language);
        }
        return verdict(language, findings, targets, severities, lexiconOffensive);
    }

    /**
     * Quoted or reported words are nobody's abuse, but the message still contains offensive language: an insult or
     * swearing there makes it offensive (profanity, no target), never abusive.
     */
    private void secondHandOffence(Context context, boolean[] allowed, boolean[] reported, Language language,
                                   List<Finding> findings, List<Target> targets, List<Severity> severities) {
        NormalizedText words = context.words;
        LanguageData own = languages.get(language);
        for (int t = 0; t < words.size() && findings.isEmpty(); t++) {
            if (allowed[t] || !(reported[t] || words.has(t, NormalizedText.QUOTED))) {
                continue;
            }
            for (LanguageData set : allLanguages) {
                LanguageData.Term term = set.termAt(words, t, set == own);
                int end = term == null ? t : Math.min(words.size(), t + term.words().length);
                boolean strong = term != null && (term.term().aim() != Aim.TARGET || term.term().severity().atLeast(Severity.MEDIUM));
                if (strong && !anyOf(allowed, t, end)) {
                    add(findings, targets, severities, new Finding(words.start(t), words.end(end - 1), Category.PROFANITY,
                            term.rule(), set.language), Target.NONE, Severity.LOW);
                    break;
                }
            }
        }
    }

    private static boolean anyOf(boolean[] flags, int start, int end) {
        for (int t = start; t < end; t++) {
            if (flags[t]) {
                return true;
            }
        }
        return false;
    }

    /** Looks up the lexicon terms at token {@code t}; returns the end of the longest match (t when none). */
    private int matchTerms(Context context, AuthorRole author, int t, WordIndex.Entry known, Language language,
                           List<Finding> findings, List<Target> targets, List<Severity> severities) {
        LanguageData own = languages.get(language);   // first, so its reading of shared words wins
        int end = matchTerm(context, author, t, own, own.termAt(known, context.words, t, true), findings, targets, severities);
        for (LanguageData set : allLanguages) {
            if (set != own) {
                end = Math.max(end, matchTerm(context, author, t, set, set.termAt(known, context.words, t, false), findings, targets, severities));
            }
        }
        return end;
    }

    private static int matchTerm(Context context, AuthorRole author, int t, LanguageData set, LanguageData.Term term,
                                 List<Finding> findings, List<Target> targets, List<Severity> severities) {
        if (term == null) {
            return t;
        }
        int end = t + term.words().length;
        if (context.anyIgnored(t, end) || contraction(context.words, t, end)) {
            return t;
        }
        judgeTerm(context, author, term, t, end, set.language, findings, targets, severities);
        return end;
    }

    /** A one-word match written with an apostrophe inside: "he'll" folds to "hell", but is not that word. */
    private static boolean contraction(NormalizedText words, int t, int end) {
        if (end != t + 1) {
            return false;
        }
        String original = words.original();
        for (int i = words.start(t) + 1; i < words.end(t) - 1; i++) {
            char c = original.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return true;
            }
        }
        return false;
    }

    private static void judgeTerm(Context context, AuthorRole author, LanguageData.Term term, int start, int end, Language language,
                                  List<Finding> findings, List<Target> targets, List<Severity> severities) {
        LexiconTerm entry = term.term();
        Finding finding;
        Target target;
        switch (entry.aim()) {
            case NONE -> {
                // Strong swearing (severity medium and up) said to the reader in the same clause is aimed at them:
                // "you are full of shit", "are you fucking kidding me"; never with a thing right after ("your fucking app").
                // "your website is shit": a thing named nearer before it than the reader is what it is about
                boolean atReader = entry.severity().atLeast(Severity.MEDIUM) && !context.thingSoonAfter(end)
                        && !context.before(start, Cue.SELF)   // "I don't give a shit"; negation does not soften swearing
                        && ((context.nearestBefore(start, AT_READER | Cue.THING) & AT_READER) != 0 || context.after(end, AT_READER));
                finding = new Finding(context.words.start(start), context.words.end(end - 1),
                        atReader ? Category.INSULT : Category.PROFANITY, term.rule(), language);
                target = atReader ? Target.INDIVIDUAL : Target.NONE;
            }
            case PERSON -> {
                boolean slur = entry.category() == Category.SLUR;
                if (!slur && context.before(start, Cue.NEGATION | Cue.SELF) && !context.before(start, Cue.SECOND_PERSON)) {
                    return;   // "you're not an idiot", "I'm such an idiot"; a slur stays a slur ("isn't a retard")
                }
                if (context.after(end, Cue.REPORT)) {
                    return;   // "hat mich einen Idioten genannt": reported, with the verb after
                }
                if (!slur && context.selfRightAfter(end) && !context.before(start, Cue.SECOND_PERSON)) {
                    return;   // "Idiot me, I ordered the wrong size", "Quel idiot je suis"
                }
                finding = new Finding(context.words.start(start), context.words.end(end - 1), entry.category(), term.rule(), language);
                target = entry.category() == Category.SLUR || context.after(end, Cue.GROUP) ? Target.GROUP : Target.INDIVIDUAL;
            }
            default -> {
                if (context.before(start, Cue.NEGATION | Cue.SELF)) {
                    return;   // "you're not stupid", "I'm so stupid"
                }
                // An agent calling the customer's question "asinine" belittles the customer; a customer calling the
                // app stupid does not attack anyone.
                boolean belittlingAgent = author == AuthorRole.AGENT && entry.category() == Category.BELITTLING;
                // a thing right after ("stupid app"), not further on: "she is so stupid it scares me" is about her
                // or a thing named nearer before it than any person: "your app is useless" is about the app, not "your"
                boolean aimedAtThing = context.thingJustAfter(end) || context.justBefore(start, Cue.THING)
                        || context.nearestBefore(start, Cue.THING | Cue.SECOND_PERSON | Cue.PERSON) == Cue.THING;
                if (aimedAtThing && !belittlingAgent) {
                    if (entry.severity().atLeast(Severity.MEDIUM)) {
                        // "stupid app", "this stupid thing": offensive language, not abuse of anyone
                        add(findings, targets, severities, new Finding(context.words.start(start), context.words.end(end - 1),
                                Category.PROFANITY, term.rule(), language), Target.NONE, Severity.LOW);
                    }
                    return;
                }
                // A word marked "reader" ("crazy", "sick") insults only the one it is said to: "you are crazy", but not
                // "he was sick yesterday" nor "the agent was crazy busy".
                int aimedAt = term.toReaderOnly() ? Cue.SECOND_PERSON : Cue.SECOND_PERSON | Cue.PERSON;
                boolean person = belittlingAgent || context.before(start, aimedAt) || context.after(end, aimedAt);
                boolean group = !term.toReaderOnly() && (context.after(end, Cue.GROUP) || context.before(start, Cue.GROUP));
                if (!person && !group) {
                    if (entry.severity().atLeast(Severity.MEDIUM) || context.words.mentions() > 0) {
                        // "so stupid." with nobody named, or a mild "garbage" to someone @mentioned: offensive language, not abuse
                        add(findings, targets, severities, new Finding(context.words.start(start), context.words.end(end - 1),
                                Category.PROFANITY, term.rule(), language), Target.NONE, Severity.LOW);
                    }
                    return;
                }
                finding = new Finding(context.words.start(start), context.words.end(end - 1), entry.category(), term.rule(), language);
                target = group && !person ? Target.GROUP : Target.INDIVIDUAL;
            }
        }
        add(findings, targets, severities, finding, target, entry.severity());
    }

    /**
     * Adds a finding unless one has the same span (the same words found through a second language's lexicon). Findings
     * come in the order of their first token, so only those starting where this one does are looked at: a message
     * with thousands of findings costs no more per finding than one with a few.
     */
    private static void add(List<Finding> findings, List<Target> targets, List<Severity> severities,
                            Finding finding, Target target, Severity severity) {
        for (int i = findings.size() - 1; i >= 0 && findings.get(i).start() >= finding.start(); i--) {
            if (findings.get(i).start() == finding.start() && findings.get(i).end() == finding.end()) {
                return;
            }
        }
        findings.add(finding);
        targets.add(target);
        severities.add(severity);
    }

    private static boolean covered(List<Finding> findings, NormalizedText words, int token) {
        for (Finding f : findings) {
            if (f.start() <= words.start(token) && words.end(token) <= f.end()) {
                return true;
            }
        }
        return false;
    }

    private static AbuseVerdict verdict(Language language, List<Finding> findings, List<Target> targets,
                                        List<Severity> severities, boolean lexiconOffensive) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        boolean abusive = false;
        Target target = Target.NONE;
        Severity severity = Severity.NONE;
        Severity worstAbuse = Severity.NONE;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            categories.add(f.category());
            severity = Severity.max(severity, severities.get(i));
            if (f.category().isAbuse()) {
                if (!abusive || severities.get(i).compareTo(worstAbuse) > 0) {
                    target = targets.get(i);
                    worstAbuse = severities.get(i);
                }
                abusive = true;
            }
        }
        if (!abusive) {
            severity = Severity.LOW;   // offensive language nobody is the target of
        }
        return new AbuseVerdict(true, abusive, target, severity, language, categories, findings);
    }

    /** The tokens with their cue bits, and questions about the neighbourhood of a term. */
    private static final class Context {
        final NormalizedText words;
        final int[] cues;
        final boolean[] ignored;

        Context(NormalizedText words, int[] cues, boolean[] ignored) {
            this.words = words;
            this.cues = cues;
            this.ignored = ignored;
        }

        /** A cue in the {@value #CUE_REACH} tokens before {@code start}, within the clause. */
        boolean before(int start, int cue) {
            if (start < words.size() && words.has(start, NormalizedText.CLAUSE_START)) {
                return false;
            }
            for (int t = start - 1; t >= 0 && t >= start - CUE_REACH; t--) {
                if ((cues[t] & cue) != 0) {
                    return true;
                }
                if (words.has(t, NormalizedText.CLAUSE_START)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Which of {@code cues} the nearest token before {@code start} that has any of them has (within {@value #CUE_REACH}
         * tokens and the clause), or 0: in "your app is useless" the thing is nearer than the person.
         */
        int nearestBefore(int start, int cues) {
            if (start < words.size() && words.has(start, NormalizedText.CLAUSE_START)) {
                return 0;
            }
            for (int t = start - 1; t >= 0 && t >= start - CUE_REACH; t--) {
                if ((this.cues[t] & cues) != 0) {
                    return this.cues[t] & cues;
                }
                if (words.has(t, NormalizedText.CLAUSE_START)) {
                    return 0;
                }
            }
            return 0;
        }

        /**
         * The speaker right after a term, with the clause ending within two tokens: "Idiot me,", "Quel idiot je suis,",
         * "what an idiot I am." — but not "the idiot I spoke to yesterday", where the clause goes on.
         */
        boolean selfRightAfter(int end) {
            if (end >= words.size() || words.has(end, NormalizedText.CLAUSE_START) || (cues[end] & Cue.SELF) == 0) {
                return false;
            }
            for (int t = end + 1; t <= end + 2; t++) {
                if (t >= words.size() || words.has(t, NormalizedText.CLAUSE_START)) {
                    return true;
                }
            }
            return false;
        }

        /** A cue in the token right before {@code start} ("this stupid", "cette nulle"). */
        boolean justBefore(int start, int cue) {
            return start > 0 && !words.has(start, NormalizedText.CLAUSE_START) && (cues[start - 1] & cue) != 0;
        }

        /** A thing named right after {@code end - 1} ("stupid app"), within the clause; a pronoun there is not it. */
        boolean thingJustAfter(int end) {
            return end < words.size() && !words.has(end, NormalizedText.CLAUSE_START)
                    && (cues[end] & (Cue.THING | Cue.PRONOUN)) == Cue.THING;
        }

        /** A thing named in the two tokens from {@code end} on, within the clause ("your fucking customer service"). */
        boolean thingSoonAfter(int end) {
            return thingJustAfter(end) || end + 1 < words.size() && !words.has(end, NormalizedText.CLAUSE_START) && thingJustAfter(end + 1);
        }

        /**
         * A cue in the {@value #CUE_REACH} tokens from {@code end} on, within the clause; "your" right before a thing
         * ("crazy about your app") names the thing, not the reader.
         */
        boolean after(int end, int cue) {
            for (int t = end; t < words.size() && t < end + CUE_REACH; t++) {
                if (words.has(t, NormalizedText.CLAUSE_START)) {
                    return false;
                }
                if ((cues[t] & cue) != 0 && !((cues[t] & cue) == Cue.SECOND_PERSON && thingJustAfter(t + 1))) {
                    return true;
                }
            }
            return false;
        }

        /** Tokens after a reporting verb in the same sentence: "he called me a ...", "your agent said I was ...". */
        boolean[] reportedTokens() {
            boolean[] reported = new boolean[cues.length];
            int lastReport = Integer.MIN_VALUE / 2;
            for (int t = 0; t < cues.length; t++) {
                if (words.has(t, NormalizedText.SENTENCE_START)) {
                    lastReport = Integer.MIN_VALUE / 2;
                }
                reported[t] = t - lastReport <= REPORT_REACH;
                if ((cues[t] & Cue.REPORT) != 0) {
                    lastReport = t;
                }
            }
            return reported;
        }

        boolean anyIgnored(int start, int end) {
            for (int t = start; t < end; t++) {
                if (ignored[t]) {
                    return true;
                }
            }
            return false;
        }

        /** The message speaks to or about a person: "you", an @mention, "agent", "people". */
        boolean addressesSomeone() {
            if (words.mentions() > 0) {
                return true;
            }
            for (int t = 0; t < cues.length; t++) {
                if (!ignored[t] && (cues[t] & (Cue.SECOND_PERSON | Cue.PERSON | Cue.GROUP)) != 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
