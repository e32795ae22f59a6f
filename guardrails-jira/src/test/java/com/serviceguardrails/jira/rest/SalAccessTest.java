package com.serviceguardrails.jira.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class SalAccessTest {

    private final UserManager users = mock(UserManager.class);

    private SalAccess access(String rolesJson) throws Exception {
        GuardrailsConfig config = ConfigCodec.parse("{\"version\":1,\"empowerment\":{\"mode\":\"advise\",\"roles\":" + rolesJson + "}}");
        return new SalAccess(users, () -> config);
    }

    @Test
    public void theCallerComesFromSal() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("JIRAUSER10100"));
        assertEquals("JIRAUSER10100", access("[]").currentUserKey());
        when(users.getRemoteUserKey()).thenReturn(null);
        assertNull(access("[]").currentUserKey());
    }

    @Test
    public void leadsAreMembersOfAnyRoleAboveTheFirstOrAdmins() throws Exception {
        SalAccess access = access("[{\"role\":\"service-desk-agents\",\"limits\":[]},{\"role\":\"service-desk-leads\",\"limits\":[]}]");
        when(users.isUserInGroup(new UserKey("ann"), "service-desk-agents")).thenReturn(true);
        when(users.isUserInGroup(new UserKey("lee"), "service-desk-leads")).thenReturn(true);
        when(users.isSystemAdmin(new UserKey("root"))).thenReturn(true);
        assertFalse(access.isLead("ann"));
        assertTrue(access.isLead("lee"));
        assertTrue(access.isLead("root"));
        assertTrue(access.isAdmin("root"));
        assertFalse(access.isAdmin("lee"));
    }

    @Test
    public void aUserIsShownByFullNameElseUsernameElseKey() throws Exception {
        com.atlassian.sal.api.user.UserProfile lee = mock(com.atlassian.sal.api.user.UserProfile.class);
        when(lee.getFullName()).thenReturn("Lee Lead");
        com.atlassian.sal.api.user.UserProfile nameless = mock(com.atlassian.sal.api.user.UserProfile.class);
        when(nameless.getFullName()).thenReturn(" ");
        when(nameless.getUsername()).thenReturn("kim");
        when(users.getUserProfile(new UserKey("JIRAUSER10100"))).thenReturn(lee);
        when(users.getUserProfile(new UserKey("JIRAUSER10101"))).thenReturn(nameless);
        when(users.getUserProfile(new UserKey("JIRAUSER10102"))).thenThrow(new IllegalStateException("directory down"));
        SalAccess access = access("[]");
        assertEquals("Lee Lead", access.displayName("JIRAUSER10100"));
        assertEquals("kim", access.displayName("JIRAUSER10101"));
        assertEquals("JIRAUSER10102", access.displayName("JIRAUSER10102"));
        assertEquals("deleted user", "JIRAUSER10199", access.displayName("JIRAUSER10199"));
    }
}
