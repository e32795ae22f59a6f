package com.serviceguardrails.opening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed macro template: literal text and placeholders ({@code ${issue.key}}, or {@code ${customer.firstName|there}}
 * with the text to use when the value is unknown). Parsing never throws: it lists every problem
 * ({@code unknown placeholder ${customer.nmae}}), and a template with problems cannot be built.
 */
public final class MacroTemplate {

    /** Longest template accepted: an opener is a sentence or two. */
    public static final int MAX_TEMPLATE_CHARS = 2000;

    private sealed interface Part permits Literal, Slot {
    }

    private record Literal(String text) implements Part {
    }

    private record Slot(MacroPlaceholder placeholder, String fallback) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private MacroTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    /** Every problem in {@code template}; empty when it is usable. */
    public static List<String> problems(String template) {
        List<String> problems = new ArrayList<>();
        parse(template, problems);
        return List.copyOf(problems);
    }

    /** The template, or an {@link IllegalArgumentException} listing its problems. */
    public static MacroTemplate of(String template) {
        List<String> problems = new ArrayList<>();
        MacroTemplate parsed = parse(template, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return parsed;
    }

    private static MacroTemplate parse(String template, List<String> problems) {
        if (template == null || template.isBlank()) {
            problems.add("must not be blank");
            return null;
        }
        if (template.length() > MAX_TEMPLATE_CHARS) {
            problems.add("is " + template.length() + " characters; the limit is " + MAX_TEMPLATE_CHARS);
            return null;
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("${", i);
            if (open < 0) {
                parts.add(new Literal(template.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Literal(template.substring(i, open)));
            }
            int close = template.indexOf('}', open + 2);
            if (close < 0) {
                problems.add("unclosed placeholder at character " + open + ": \"" + abbreviate(template.substring(open)) + "\"");
                break;
            }
            String inside = template.substring(open + 2, close);
            int bar = inside.indexOf('|');
            String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
            String fallback = bar < 0 ? "" : inside.substring(bar + 1);
            var placeholder = MacroPlaceholder.byName(name);
            if (placeholder.isEmpty()) {
                problems.add("unknown placeholder ${" + name + "}");
            } else {
                parts.add(new Slot(placeholder.get(), fallback));
            }
            i = close + 1;
        }
        return problems.isEmpty() ? new MacroTemplate(template, List.copyOf(parts)) : null;
    }

    /**
     * The text with every placeholder filled from {@code context}; an unknown value gives the placeholder's fallback.
     * Values are inserted as plain text and never parsed again, so a name containing {@code ${…}} stays literal.
     */
    public String render(MacroContext context) {
        MacroContext values = context == null ? MacroContext.empty() : context;
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Slot slot) {
                String value = slot.placeholder().valueIn(values);
                out.append(value != null ? value : slot.fallback());
            }
        }
        return tidy(out);
    }

    /** The template as written. */
    public String source() {
        return source;
    }

    /** Removes the doubled spaces and the space before a comma that an empty value without fallback leaves behind. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean spaceBeforePunctuation = c == ' ' && i + 1 < text.length() && ",.!?".indexOf(text.charAt(i + 1)) >= 0;
            boolean doubledSpace = c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ';
            if (!spaceBeforePunctuation && !doubledSpace) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacroTemplate other && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source);
    }

    @Override
    public String toString() {
        return source;
    }
}
