package com.serviceguardrails.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.guidance.GuidancePanel;
import com.serviceguardrails.guidance.GuidancePanels;
import com.serviceguardrails.guidance.ThreadMessage;
import com.serviceguardrails.jira.rest.SalAccess;
import com.serviceguardrails.jira.servicedesk.CommentAuthors;
import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the guidance panel (web panel at {@code atl.jira.view.issue.right.context}): turns the issue's comments into
 * the core's {@link ThreadMessage}s and asks {@link GuidancePanels} what to show. Whose a comment is, customer's or
 * agent's, {@link CommentAuthors} says; it is public unless JSM says otherwise. Shown only to a logged-in viewer who is not the
 * ticket's customer (the reporter); any failure hides the panel and is logged, the issue view is never broken.
 * The template's {@code $esc} and {@code $i18n} are the plugin's own ({@link HtmlEscaper}, {@link PanelText}).
 */
public class GuidancePanelContextProvider implements ContextProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GuidancePanelContextProvider.class);
    private static final HtmlEscaper ESC = new HtmlEscaper();

    private final JiraAuthenticationContext authentication;
    private final CommentManager comments;
    private final ServiceDeskCommentService serviceDeskComments;
    private final SalAccess access;
    private final GuidancePanels panels;
    private final CommentAuthors authors;
    private final PanelText text;

    public GuidancePanelContextProvider(JiraAuthenticationContext authentication, CommentManager comments,
                                        ServiceDeskCommentService serviceDeskComments, SalAccess access,
                                        GuidancePanels panels, CommentAuthors authors, PanelText text) {
        this.authentication = authentication;
        this.comments = comments;
        this.serviceDeskComments = serviceDeskComments;
        this.access = access;
        this.panels = panels;
        this.authors = authors;
        this.text = text;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> out = new HashMap<>(context);
        out.put("esc", ESC);
        out.put("i18n", text);   // our own, allowlisted: not whatever $i18n the renderer brings (decision 64)
        out.put("showPanel", false);
        Object issueValue = context.get("issue");
        ApplicationUser viewer = authentication.getLoggedInUser();
        if (!(issueValue instanceof Issue issue) || viewer == null || CommentAuthors.isReporter(issue, viewer)) {
            return out;
        }
        try {
            List<ThreadMessage> thread = thread(issue, viewer);
            String reporter = issue.getReporter() == null ? null : issue.getReporter().getDisplayName();
            MacroContext names = MacroContext.of(firstName(reporter), firstName(viewer.getDisplayName()), issue.getKey());
            Language fallback = Language.fromCode(String.valueOf(authentication.getLocale())).orElse(Language.EN);
            GuidancePanel panel = panels.build(viewer.getKey(), access.rolesOf(viewer.getKey()), access.isLead(viewer.getKey()),
                    names, thread, fallback);
            out.put("panel", panel);
            out.put("issueKey", issue.getKey());
            out.put("showPanel", true);
        } catch (RuntimeException e) {
            LOG.warn("Service Guardrails: guidance panel for {} not shown", issue.getKey(), e);
        }
        return out;
    }

    List<ThreadMessage> thread(Issue issue, ApplicationUser viewer) {
        Map<String, AuthorRole> roles = new HashMap<>();   // one licence look-up per author, not per comment
        List<ThreadMessage> thread = new ArrayList<>();
        for (Comment comment : comments.getComments(issue)) {
            ApplicationUser author = comment.getAuthorApplicationUser();
            boolean byCustomer = author != null
                    && roles.computeIfAbsent(author.getKey(), key -> authors.roleOf(issue, author)) == AuthorRole.CUSTOMER;
            thread.add(new ThreadMessage(String.valueOf(comment.getId()), comment.getBody(), byCustomer, isPublic(viewer, comment)));
        }
        return thread;
    }

    private boolean isPublic(ApplicationUser viewer, Comment comment) {
        try {
            ServiceDeskComment sd = serviceDeskComments.getServiceDeskCommentByJiraComment(viewer, comment);
            return sd == null || sd.isPublic();
        } catch (RuntimeException e) {
            // not a service desk comment (plain Jira project): every comment is visible to the reporter
            return true;
        }
    }

    private static String firstName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        String trimmed = displayName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
