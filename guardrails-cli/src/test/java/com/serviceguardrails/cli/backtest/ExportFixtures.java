package com.serviceguardrails.cli.backtest;

import java.util.ArrayList;
import java.util.List;

/** Builds search pages in Jira's documented {@code /rest/api/2/search} format for tests. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static String user(String key, String displayName) {
        return "{\"self\":\"https://jira.example.com/rest/api/2/user?username=" + key + "\",\"name\":\"" + key
                + "\",\"key\":\"" + key + "\",\"displayName\":\"" + displayName + "\",\"active\":true}";
    }

    /** A comment; {@code internal} null leaves out JSM's property. Body is raw JSON (quote it yourself, or null). */
    static String comment(String id, String authorKey, String bodyJson, Boolean internal) {
        return "{\"id\":\"" + id + "\",\"author\":" + user(authorKey, authorKey.toUpperCase()) + ",\"body\":" + bodyJson
                + ",\"created\":\"2026-03-02T09:15:00.000+0000\""
                + (internal == null ? "" : ",\"properties\":[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":" + internal + "}}]")
                + "}";
    }

    static String issue(String key, String reporter, String assignee, String extraFields, String... comments) {
        return "{\"expand\":\"operations\",\"id\":\"1" + key.replaceAll("\\D", "") + "\",\"key\":\"" + key + "\",\"fields\":{"
                + "\"summary\":\"Order never arrived\",\"created\":\"2026-03-01T08:00:00.000+0000\","
                + "\"reporter\":" + user(reporter, "Customer " + reporter) + ","
                + "\"assignee\":" + (assignee == null ? "null" : user(assignee, "Agent " + assignee)) + ","
                + "\"priority\":{\"name\":\"Medium\",\"id\":\"3\"},"
                + (extraFields.isEmpty() ? "" : extraFields + ",")
                + "\"comment\":{\"comments\":[" + String.join(",", comments) + "],\"maxResults\":" + comments.length
                + ",\"total\":" + comments.length + ",\"startAt\":0}}}";
    }

    static String page(int startAt, int total, String... issues) {
        return "{\"expand\":\"schema,names\",\"startAt\":" + startAt + ",\"maxResults\":50,\"total\":" + total
                + ",\"issues\":[" + String.join(",", issues) + "]}";
    }

    /** Collects what a reader reports. */
    static final class Collected implements ExportReader.Listener {
        final List<ExportTicket> tickets = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void ticket(ExportTicket ticket) {
            tickets.add(ticket);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }
    }
}
