package com.serviceguardrails.empowerment;

import java.util.ArrayList;
import java.util.Currency;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides refund, exchange and credit requests against the configured limits and the running totals in a
 * {@link Ledger}.
 *
 * <ol>
 *   <li>A request whose key the ledger already holds is answered from that entry and never counted again.</li>
 *   <li>The first pre-approval rule that matches approves it, whatever the agent's roles.</li>
 *   <li>Otherwise every role the agent holds that has a limit for the action in the request's currency is tried;
 *   if any of them allows it (per transaction, the agent's day, the customer's window) it is approved: the most
 *   generous applicable rule wins, so holding more roles never takes an approval away.</li>
 *   <li>If none allows it, it needs the approval of the lowest role above the agent's most generous one whose
 *   per-transaction and customer limits allow it (the approver's own daily total is theirs to check).</li>
 *   <li>If no role has a limit for the action and currency, or no role above the agent's could approve it, it is
 *   denied.</li>
 * </ol>
 * Thread-safe and stateless apart from the ledger.
 */
public final class EmpowermentPolicy {

    private final EmpowermentConfig config;
    private final Ledger ledger;

    public EmpowermentPolicy(EmpowermentConfig config, Ledger ledger) {
        this.config = Objects.requireNonNull(config, "config");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Decides the request and, when approved, records it in the ledger in the same atomic step. */
    public Decision decide(LimitRequest request) {
        return ledger.checkAndRecord(LedgerEntry.of(request), (totals, existing) -> evaluate(request, totals, existing));
    }

    /**
     * Cancels an approved request (a refund withdrawn, say): its amount stops counting in every running total.
     * Cancelling twice, or a request never approved, changes nothing and says so.
     */
    public Cancellation cancel(EntryKey key) {
        return new Cancellation(key, ledger.reverse(key));
    }

    /** The decision {@link #decide} would give now, recording nothing (for the agent panel and what-if checks). */
    public Decision preview(LimitRequest request) {
        Currency currency = request.amount().currency();
        LedgerView totals = new LedgerView() {
            @Override
            public Money agentTotal(Window window) {
                return ledger.agentTotal(request.agent(), request.action(), currency, window);
            }

            @Override
            public Money customerTotal(Window window) {
                return ledger.customerTotal(request.customer(), request.action(), currency, window);
            }
        };
        return evaluate(request, totals, ledger.find(request.key()));
    }

    /** The decision for a request given the running totals; pure, records nothing. */
    public Decision evaluate(LimitRequest request, LedgerView totals, Optional<LedgerEntry> existing) {
        if (existing.isPresent()) {
            LedgerEntry entry = existing.get();
            return new Decision(entry.reversed() ? DecisionReason.ALREADY_CANCELLED : DecisionReason.ALREADY_RECORDED,
                    request.action(), entry.amount(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.of(entry.at()));
        }
        for (PreApprovalRule rule : config.preApprovals()) {
            if (rule.matches(request)) {
                return new Decision(DecisionReason.PRE_APPROVED, request.action(), request.amount(),
                        Optional.of(rule.name()), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), 0, Optional.empty());
            }
        }
        List<RankedLimit> candidates = limitsFor(request.action(), request.amount().currency());
        if (candidates.isEmpty()) {
            return refusal(DecisionReason.NO_RULE, request, null, null);
        }
        Totals running = new Totals(request, totals);
        LimitCheckResult agentsBest = null;
        int agentsTopRank = -1;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            RankedLimit candidate = candidates.get(i);
            if (!request.agentRoles().contains(candidate.role())) {
                continue;
            }
            LimitCheckResult result = check(candidate, request, running);
            if (result.reason() == DecisionReason.WITHIN_ROLE_LIMITS) {
                return result.toDecision(request, Optional.empty());
            }
            if (agentsBest == null) {
                agentsBest = result;
                agentsTopRank = candidate.rank();
            }
        }
        for (RankedLimit candidate : candidates) {
            if (candidate.rank() > agentsTopRank && mayApprove(candidate, request, running)) {
                if (agentsBest == null) {
                    return refusal(DecisionReason.NO_LIMIT_FOR_AGENT_ROLES, request, candidate, null);
                }
                return agentsBest.toDecision(request, Optional.of(candidate.role()));
            }
        }
        return refusal(DecisionReason.OVER_EVERY_LIMIT, request, null, agentsBest);
    }

    /**
     * What the agent may give on their own right now, one line per action and currency their roles cover, from the
     * most generous role holding a limit for it (by configured order). Reads the ledger; records nothing.
     */
    public List<Authority> authority(String agent, Set<String> agentRoles, Instant at) {
        Window today = Window.dayOf(at, config.timeZone());
        Map<String, Authority> lines = new LinkedHashMap<>();
        List<Role> roles = config.roles();
        for (int rank = roles.size() - 1; rank >= 0; rank--) {
            Role role = roles.get(rank);
            if (!agentRoles.contains(role.name())) {
                continue;
            }
            for (RoleLimit limit : role.limits()) {
                lines.computeIfAbsent(limit.action() + "/" + limit.currency(), k -> new Authority(limit.action(), role.name(),
                        limit.perTransaction(),
                        limit.perAgentPerDay().map(max -> max.minusFloorZero(
                                ledger.agentTotal(agent, limit.action(), limit.currency(), today)))));
            }
        }
        return List.copyOf(lines.values());
    }

    /** A role's limit for one action and currency, with the role's place in the generosity order. */
    private record RankedLimit(int rank, String role, RoleLimit limit) {
    }

    /** The outcome of holding a request against one role's limit. */
    private record LimitCheckResult(DecisionReason reason, RankedLimit limit, Optional<Money> exceeded,
                                    Optional<Money> total, Optional<Money> remainingToday,
                                    Optional<Money> remainingCustomer) {

        Decision toDecision(LimitRequest request, Optional<String> approver) {
            return new Decision(reason, request.action(), request.amount(), Optional.of(limit.role()), approver,
                    exceeded, total, remainingToday, remainingCustomer, limit.limit().customerWindowDays(),
                    Optional.empty());
        }
    }

    /** Running totals read once per decision, whatever the number of roles tried. */
    private final class Totals {
        private final LimitRequest request;
        private final LedgerView view;
        private Money agentToday;
        private final Map<Integer, Money> customerByWindow = new HashMap<>(4);

        Totals(LimitRequest request, LedgerView view) {
            this.request = request;
            this.view = view;
        }

        Money agentTodayWithRequest() {
            if (agentToday == null) {
                agentToday = view.agentTotal(Window.dayOf(request.at(), config.timeZone()));
            }
            return agentToday.plus(request.amount());
        }

        Money customerWithRequest(int days) {
            return customerByWindow.computeIfAbsent(days,
                    d -> view.customerTotal(Window.rollingDaysEndingAt(request.at(), d))).plus(request.amount());
        }
    }

    private List<RankedLimit> limitsFor(Action action, Currency currency) {
        List<RankedLimit> out = new ArrayList<>();
        List<Role> roles = config.roles();
        for (int rank = 0; rank < roles.size(); rank++) {
            Role role = roles.get(rank);
            int r = rank;
            role.limitFor(action, currency).ifPresent(limit -> out.add(new RankedLimit(r, role.name(), limit)));
        }
        return out;
    }

    private static LimitCheckResult check(RankedLimit candidate, LimitRequest request, Totals running) {
        RoleLimit limit = candidate.limit();
        Optional<Money> perTransaction = limit.perTransaction();
        if (perTransaction.isPresent() && request.amount().exceeds(perTransaction.get())) {
            return over(DecisionReason.OVER_TRANSACTION_LIMIT, candidate, perTransaction.get(), request.amount());
        }
        Optional<Money> today = Optional.empty();
        if (limit.perAgentPerDay().isPresent()) {
            Money total = running.agentTodayWithRequest();
            if (total.exceeds(limit.perAgentPerDay().get())) {
                return over(DecisionReason.OVER_AGENT_DAILY_LIMIT, candidate, limit.perAgentPerDay().get(), total);
            }
            today = Optional.of(limit.perAgentPerDay().get().minusFloorZero(total));
        }
        Optional<Money> customer = Optional.empty();
        if (limit.perCustomer().isPresent()) {
            Money total = running.customerWithRequest(limit.customerWindowDays());
            if (total.exceeds(limit.perCustomer().get())) {
                return over(DecisionReason.OVER_CUSTOMER_LIMIT, candidate, limit.perCustomer().get(), total);
            }
            customer = Optional.of(limit.perCustomer().get().minusFloorZero(total));
        }
        return new LimitCheckResult(DecisionReason.WITHIN_ROLE_LIMITS, candidate, Optional.empty(), Optional.empty(),
                today, customer);
    }

    private static LimitCheckResult over(DecisionReason reason, RankedLimit candidate, Money limit, Money total) {
        return new LimitCheckResult(reason, candidate, Optional.of(limit), Optional.of(total), Optional.empty(),
                Optional.empty());
    }

    /** Whether someone in this role could approve the request: their per-transaction and customer limits allow it. */
    private static boolean mayApprove(RankedLimit candidate, LimitRequest request, Totals running) {
        RoleLimit limit = candidate.limit();
        if (limit.perTransaction().isPresent() && request.amount().exceeds(limit.perTransaction().get())) {
            return false;
        }
        return limit.perCustomer().isEmpty()
                || !running.customerWithRequest(limit.customerWindowDays()).exceeds(limit.perCustomer().get());
    }

    private static Decision refusal(DecisionReason reason, LimitRequest request, RankedLimit approver,
                                    LimitCheckResult agentsBest) {
        return new Decision(reason, request.action(), request.amount(),
                Optional.ofNullable(agentsBest).map(b -> b.limit().role()),
                Optional.ofNullable(approver).map(RankedLimit::role),
                Optional.ofNullable(agentsBest).flatMap(LimitCheckResult::exceeded),
                Optional.ofNullable(agentsBest).flatMap(LimitCheckResult::total),
                Optional.empty(), Optional.empty(), 0, Optional.empty());
    }
}
