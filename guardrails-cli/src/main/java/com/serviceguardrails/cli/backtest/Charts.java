package com.serviceguardrails.cli.backtest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG charts for the HTML report: no script, no external file, labels escaped. */
final class Charts {

    /** One colour per guardrail, in the order guardrails are listed; picked to stay apart for colour-blind readers. */
    static final List<String> PALETTE = List.of("#0173b2", "#de8f05", "#029e73", "#cc78bc", "#ca9161", "#56b4e9");

    /** A labelled bar. */
    record Bar(String label, long value, String colour) {
    }

    private Charts() {
    }

    static String colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** Horizontal bars, longest scaled to the chart width, each labelled with its value. */
    static String horizontalBars(String title, List<Bar> bars) {
        int rowHeight = 24;
        int labelWidth = 260;
        int barWidth = 420;
        int height = Math.max(1, bars.size()) * rowHeight + 8;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"chart bars\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">",
                labelWidth + barWidth + 70, height, labelWidth + barWidth + 70, height));
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            int width = (int) Math.max(bar.value() > 0 ? 2 : 0, Math.round((double) bar.value() / max * barWidth));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>"
                            + "<text x=\"%d\" y=\"%d\" class=\"value\">%d</text>",
                    labelWidth - 8, y + 16, Html.escape(shorten(bar.label())),
                    labelWidth, y + 3, width, rowHeight - 6, bar.colour(), Html.escape(bar.label()), bar.value(),
                    labelWidth + width + 6, y + 16, bar.value()));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** One column per week, stacked by series (guardrails), with a legend. */
    static String stackedColumns(String title, Map<String, Map<String, Long>> byColumn, List<String> series,
                                 Map<String, String> seriesLabels) {
        int columnWidth = Math.max(6, Math.min(40, 720 / Math.max(1, byColumn.size())));
        int plotHeight = 200;
        int left = 40;
        int width = left + byColumn.size() * columnWidth + 20;
        int legendTop = plotHeight + 84; // below the rotated week labels
        int height = legendTop + series.size() * 20 + 10;
        long max = Math.max(1, byColumn.values().stream().mapToLong(Tally::sum).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"chart columns\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">",
                Math.max(width, 360), height, Math.max(width, 360), height));
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left, left, plotHeight + 10));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" text-anchor=\"end\" class=\"value\">%d</text>", left - 4, max));
        int x = left + 2;
        int index = 0;
        for (Map.Entry<String, Map<String, Long>> column : byColumn.entrySet()) {
            double y = plotHeight + 10;
            for (int s = 0; s < series.size(); s++) {
                long value = column.getValue().getOrDefault(series.get(s), 0L);
                if (value == 0) {
                    continue;
                }
                double h = (double) value / max * plotHeight;
                y -= h;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                        x, y, columnWidth - 2, h, colour(s), Html.escape(column.getKey()),
                        Html.escape(seriesLabels.getOrDefault(series.get(s), series.get(s))), value));
            }
            // label every column when few, else every fourth, so labels never overlap
            if (byColumn.size() <= 16 || index % 4 == 0) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" transform=\"rotate(45 %d %d)\" class=\"label\">%s</text>",
                        x + 2, plotHeight + 24, x + 2, plotHeight + 24, Html.escape(column.getKey())));
            }
            x += columnWidth;
            index++;
        }
        for (int s = 0; s < series.size(); s++) {
            int y = legendTop + s * 20;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
                    left, y, colour(s), left + 18, y + 11, Html.escape(seriesLabels.getOrDefault(series.get(s), series.get(s)))));
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 36 ? label : label.substring(0, 35) + "\u2026";
    }
}
