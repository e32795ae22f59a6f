package com.serviceguardrails.opening;

import com.serviceguardrails.text.DataFiles;
import com.serviceguardrails.text.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The apology macros in force: the bundled ones ({@code macros-<lang>.txt}, lines {@code situation = template},
 * id {@code <lang>.<situation>}) overlaid with the admin's from the configuration. Chooses the macro for a language
 * and situation, falling back to the language's general macro, then to English. Immutable.
 */
public final class ApologyMacros {

    private static final List<ApologyMacro> BUNDLED = loadBundled();

    private final List<ApologyMacro> all;
    private final Map<String, ApologyMacro> byLanguageAndSituation = new HashMap<>();

    /** The bundled macros overlaid with {@code adminMacros} (same id replaces, new id adds, the admin's win). */
    public ApologyMacros(List<ApologyMacro> adminMacros) {
        Map<String, ApologyMacro> byId = new LinkedHashMap<>();
        BUNDLED.forEach(m -> byId.put(m.id(), m));
        for (ApologyMacro m : adminMacros) {
            byId.remove(m.id());
            byId.put(m.id(), m);
        }
        this.all = List.copyOf(byId.values());
        for (ApologyMacro m : all) {
            byLanguageAndSituation.put(key(m.language(), m.situation()), m);
        }
    }

    /** The bundled macros alone. */
    public static List<ApologyMacro> bundled() {
        return BUNDLED;
    }

    /** Every macro in force, bundled first, the admin's after. */
    public List<ApologyMacro> all() {
        return all;
    }

    /** The macro for {@code language} and {@code situation}; never null (the bundled English general macro exists). */
    public ApologyMacro choose(Language language, Situation situation) {
        Language lang = language == null ? Language.EN : language;
        Situation sit = situation == null ? Situation.GENERAL : situation;
        for (String key : List.of(key(lang, sit), key(lang, Situation.GENERAL), key(Language.EN, sit), key(Language.EN, Situation.GENERAL))) {
            ApologyMacro m = byLanguageAndSituation.get(key);
            if (m != null) {
                return m;
            }
        }
        throw new IllegalStateException("no English general apology macro bundled");
    }

    private static String key(Language language, Situation situation) {
        return language.code() + "/" + situation.jsonName();
    }

    private static List<ApologyMacro> loadBundled() {
        List<ApologyMacro> out = new ArrayList<>();
        for (Language language : Language.values()) {
            String resource = "macros-" + language.code() + ".txt";
            for (String line : DataFiles.lines(ApologyMacros.class, resource)) {
                String text = line.strip();
                int eq = text.indexOf('=');
                String situationName = eq < 0 ? "" : text.substring(0, eq).strip();
                Situation situation = null;
                for (Situation s : Situation.values()) {
                    if (s.jsonName().equals(situationName)) {
                        situation = s;
                    }
                }
                if (situation == null) {
                    throw new IllegalStateException(resource + ": expected <situation> = <template>, found " + text);
                }
                try {
                    out.add(ApologyMacro.of(language.code() + "." + situationName, language, situation, text.substring(eq + 1).strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ": " + text + ": " + e.getMessage(), e);
                }
            }
        }
        return List.copyOf(out);
    }
}
