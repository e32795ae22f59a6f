package com.serviceguardrails.abuse;

/** Who wrote a message: abuse by a customer escalates, belittling by an agent is coached or blocked. */
public enum AuthorRole {
    CUSTOMER, AGENT
}
