package com.serviceguardrails.abuse;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class AuthorRoleTest {

    @Test
    public void theReporterIsTheCustomerEvenWithAnAgentLicence() {
        assertEquals(AuthorRole.CUSTOMER, AuthorRole.of(true, true, true));
        assertEquals(AuthorRole.CUSTOMER, AuthorRole.of(true, false, false));
    }

    @Test
    public void onAServiceDeskTicketARequestParticipantWithoutAnAgentLicenceIsACustomer() {
        assertEquals(AuthorRole.CUSTOMER, AuthorRole.of(false, true, false));
        assertEquals(AuthorRole.AGENT, AuthorRole.of(false, true, true));
    }

    @Test
    public void onAPlainJiraTicketEveryoneButTheReporterWorksIt() {
        assertEquals(AuthorRole.AGENT, AuthorRole.of(false, false, false));
    }
}
