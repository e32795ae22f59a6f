package com.serviceguardrails.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;

import java.util.Map;
import java.util.Optional;

/** A validator that either lets the transition through or refuses it with one translated sentence. */
abstract class RefusingValidator implements Validator {

    @Override
    @SuppressWarnings("rawtypes")
    public final void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Optional<String> refusal = refusal(transientVars);
        if (refusal.isPresent()) {
            throw new InvalidInputException(refusal.get());
        }
    }

    /** The translated reason to refuse the transition, or empty to let it through. Never throws. */
    abstract Optional<String> refusal(Map<?, ?> transientVars);
}
