package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.empowerment.EmpowermentPolicy;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.jira.store.AoLedger;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What the three refund modules share: the configuration in force, the request read from the issue, and the core's
 * empowerment policy over the cluster-safe ledger. Previews record nothing; {@link #decide} records an approval
 * atomically and exactly once.
 */
public class RefundRules {
    private final ConfigInForce config;
    private final RefundRequests requests;
    private final AoLedger ledger;
    private final JiraAuthenticationContext authentication;
    private final Clock clock;

    public RefundRules(ConfigInForce config, RefundRequests requests, AoLedger ledger,
                       JiraAuthenticationContext authentication, Clock clock) {
        this.config = config;
        this.requests = requests;
        this.ledger = ledger;
        this.authentication = authentication;
        this.clock = clock;
    }

    /** The core's answer: may these rules refuse (enforce)? */
    public boolean refuses() {
        return config.get().empowerment().refuses();
    }

    /** Whether empowerment is on at all (advise records, enforce refuses). */
    public boolean active() {
        return config.get().empowerment().mode().isActive();
    }

    public ApplicationUser user() {
        return authentication.getLoggedInUser();
    }

    public Locale locale() {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** The request on the issue for the current user, if the issue asks for a refund, exchange or credit. */
    public Optional<LimitRequest> request(Issue issue) {
        ApplicationUser user = user();
        if (issue == null || user == null) {
            return Optional.empty();
        }
        EmpowermentConfig empowerment = config.get().empowerment();
        return requests.read(issue, user, empowerment, clock.instant());
    }

    public Decision preview(LimitRequest request) {
        return new EmpowermentPolicy(config.get().empowerment(), ledger).preview(request);
    }

    public Decision decide(LimitRequest request) {
        return new EmpowermentPolicy(config.get().empowerment(), ledger).decide(request);
    }
}
