package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.abuse.Target;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigException;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;

import java.util.List;
import java.util.Set;

/** Shared test inputs: configurations by mode and a toy detector that flags "idiot". */
final class GuidanceFixtures {

    private GuidanceFixtures() {
    }

    static GuardrailsConfig config(String opening, String abuse, String empowerment) {
        try {
            return ConfigCodec.parse("{\"version\":1,\"opening\":{\"mode\":\"" + opening + "\"},\"abuse\":{\"mode\":\"" + abuse
                    + "\"},\"empowerment\":{\"mode\":\"" + empowerment + "\"},\"escalation\":{\"mode\":\"advise\"}}");
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }

    /** Flags every "idiot" as an insult aimed at a person. */
    static AbuseVerdict flagIdiot(String text) {
        int at = text.indexOf("idiot");
        if (at < 0) {
            return AbuseVerdict.clean(Language.EN);
        }
        return new AbuseVerdict(true, true, Target.INDIVIDUAL, Severity.HIGH, Language.EN, Set.of(Category.INSULT),
                List.of(new Finding(at, at + 5, Category.INSULT, "en:idiot", Language.EN)));
    }
}
