package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;

/** The abuse detector as the backtest calls it: text and author role in, the core's verdict out (language auto). */
@FunctionalInterface
interface AbuseScan {
    AbuseVerdict scan(String text, AuthorRole author);
}
