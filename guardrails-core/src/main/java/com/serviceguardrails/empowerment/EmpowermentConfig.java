package com.serviceguardrails.empowerment;

import com.serviceguardrails.config.Mode;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The `empowerment` section of the configuration: refund, exchange and credit limits by role.
 *
 * @param timeZone     where an agent's "day" starts and ends, for daily limits
 * @param roles        from least to most generous
 * @param preApprovals cases approved for anyone, checked in order before the role limits
 * @param requestFields where the plugin and the backtest read a request from
 */
public record EmpowermentConfig(
        Mode mode,
        ZoneId timeZone,
        List<Role> roles,
        List<PreApprovalRule> preApprovals,
        RequestFields requestFields) {

    public EmpowermentConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeZone, "timeZone");
        roles = List.copyOf(roles);
        preApprovals = List.copyOf(preApprovals);
        Objects.requireNonNull(requestFields, "requestFields");
        long distinct = roles.stream().map(Role::name).distinct().count();
        if (distinct != roles.size()) {
            throw new IllegalArgumentException("a role is configured twice");
        }
    }

    /**
     * Whether the decision stops the agent (a workflow validator refuses the transition): only in {@code enforce},
     * and only when it is not approved. In {@code advise} the decision is shown and the agent may go on.
     */
    public boolean blocks(Decision decision) {
        return refuses() && !decision.isApproved();
    }

    /**
     * Whether workflow rules may refuse at all (validators refuse, conditions hide): only in {@code enforce}. Lets
     * a rule skip reading the request when nothing it finds could stop the agent.
     */
    public boolean refuses() {
        return mode == Mode.ENFORCE;
    }

    /** Only a mode: no roles, no pre-approvals, UTC days, default request fields. */
    public EmpowermentConfig(Mode mode) {
        this(mode, ZoneOffset.UTC, List.of(), List.of(), RequestFields.DEFAULTS);
    }
}
