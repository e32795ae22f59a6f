package com.serviceguardrails.guidance;

import java.util.List;

/**
 * Writes rows as CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted).
 * A field that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return first) gets a leading apostrophe, because audit exports carry customer and agent text.
 */
public final class CsvTable {

    private CsvTable() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        appendRow(out, header);
        for (List<String> row : rows) {
            appendRow(out, row);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i) == null ? "" : fields.get(i));
        }
        out.append("\r\n");
    }

    private static void appendField(StringBuilder out, String value) {
        String field = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        if (!quote) {
            out.append(field);
            return;
        }
        out.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
