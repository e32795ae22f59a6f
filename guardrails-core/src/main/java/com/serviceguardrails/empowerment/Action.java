package com.serviceguardrails.empowerment;

/** What an agent gives a customer. Limits are configured per action. */
public enum Action {
    REFUND, EXCHANGE, CREDIT
}
