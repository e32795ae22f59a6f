package com.serviceguardrails.abuse;

/** Who wrote a message: abuse by a customer escalates, belittling by an agent is coached or blocked. */
public enum AuthorRole {
    CUSTOMER, AGENT;

    /**
     * Who wrote a comment on a ticket. The reporter is the ticket's customer. On a service desk ticket so is anyone
     * without an agent licence (request participants, colleagues in the customer's organisation), because only
     * licensed agents work service desk tickets. On a plain Jira ticket everyone but the reporter works it.
     *
     * @param reporter          the author raised the ticket
     * @param serviceDeskTicket the ticket belongs to a service desk project
     * @param agentLicence      the author holds a service desk agent licence (only asked on service desk tickets)
     */
    public static AuthorRole of(boolean reporter, boolean serviceDeskTicket, boolean agentLicence) {
        return reporter || serviceDeskTicket && !agentLicence ? CUSTOMER : AGENT;
    }
}
