package com.serviceguardrails.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.serviceguardrails.jira.panel.HtmlEscaper;
import com.serviceguardrails.jira.panel.PanelText;
import org.junit.Before;
import org.junit.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class AdminServletTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pages = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final PanelText text = new PanelText(mock(I18nResolver.class));
    private final AdminServlet servlet = new AdminServlet(users, login, renderer, pages, text);

    @Before
    public void page() throws Exception {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pages.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example/plugins/servlet/service-guardrails/admin"));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    public void anAnonymousVisitorIsSentToLogInAndBack() throws Exception {
        URI back = URI.create("https://jira.example/plugins/servlet/service-guardrails/admin");
        when(login.getLoginUri(back)).thenReturn(URI.create("https://jira.example/login.jsp?os_destination=x"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("https://jira.example/login.jsp?os_destination=x");
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    public void aLoggedInNonAdminIsRefused() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("agent"));
        servlet.doGet(request, response);
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    public void anAdminGetsThePageWithItsResources() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("admin"));
        when(users.isAdmin(new UserKey("admin"))).thenReturn(true);
        servlet.doGet(request, response);
        verify(resources).requireWebResource(AdminServlet.WEB_RESOURCE);
        verify(renderer).render(eq(AdminServlet.TEMPLATE),
                argThat(context -> context.get("i18n") == text && context.get("esc") instanceof HtmlEscaper), any());
        verify(response, never()).sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
