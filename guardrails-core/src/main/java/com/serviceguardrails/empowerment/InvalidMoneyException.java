package com.serviceguardrails.empowerment;

/** An amount or currency that cannot be money here: the message says what is wrong and with which value. */
public final class InvalidMoneyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidMoneyException(String message) {
        super(message);
    }
}
