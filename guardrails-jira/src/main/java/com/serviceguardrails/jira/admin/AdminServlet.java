package com.serviceguardrails.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.serviceguardrails.jira.panel.HtmlEscaper;
import com.serviceguardrails.jira.panel.PanelText;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Jira administration → Apps → Service Guardrails ({@code /plugins/servlet/service-guardrails/admin}). Renders the
 * page shell for admins; everything on it comes from the REST resource. Anonymous visitors go to the login page,
 * logged-in non-admins get 403.
 */
public class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/admin/admin.vm";
    static final String WEB_RESOURCE = "com.serviceguardrails.jira:sg-admin-resources";

    private final transient UserManager users;
    private final transient LoginUriProvider login;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pages;
    private final transient PanelText text;

    public AdminServlet(UserManager users, LoginUriProvider login, TemplateRenderer renderer, PageBuilderService pages,
                        PanelText text) {
        this.users = users;
        this.login = login;
        this.renderer = renderer;
        this.pages = pages;
        this.text = text;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            response.sendRedirect(login.getLoginUri(requestUri(request)).toASCIIString());
            return;
        }
        if (!users.isAdmin(user) && !users.isSystemAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        pages.assembler().resources().requireWebResource(WEB_RESOURCE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // our own $i18n, as the panel has (decision 64): no reliance on what the renderer supplies or allow-lists
        renderer.render(TEMPLATE, Map.of("esc", new HtmlEscaper(), "i18n", text), response.getWriter());
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
