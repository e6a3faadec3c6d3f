package fr.segur.eligibility.workforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Bar charts drawn as inline SVG on the server: the report page needs no script and no network. */
final class SvgCharts {

    private static final String[] COLOURS = {"#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#c53030", "#718096"};
    private static final int WIDTH = 860;
    private static final int HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int BOTTOM = 40;

    private SvgCharts() {
    }

    /** Stacked vertical bars: one bar per label, one colour per series, with a legend. */
    static String stacked(String id, String title, List<String> labels, Map<String, double[]> series) {
        double max = 0;
        for (int i = 0; i < labels.size(); i++) {
            double sum = 0;
            for (double[] values : series.values()) {
                sum += values[i];
            }
            max = Math.max(max, sum);
        }
        double scale = max <= 0 ? 0 : (HEIGHT - BOTTOM - 20) / max;
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, labels.size());
        StringBuilder svg = open(id, title, HEIGHT + 20 * ((series.size() + 3) / 4));
        axis(svg, max);
        for (int i = 0; i < labels.size(); i++) {
            double y = HEIGHT - BOTTOM;
            double x = LEFT + i * slot + slot * 0.15;
            int colour = 0;
            for (Map.Entry<String, double[]> s : series.entrySet()) {
                double h = s.getValue()[i] * scale;
                y -= h;
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s : %.2f</title></rect>",
                        x, y, slot * 0.7, h, COLOURS[colour++ % COLOURS.length], esc(labels.get(i)), esc(s.getKey()), s.getValue()[i]));
            }
            if (labels.size() <= 24 || i % Math.max(1, labels.size() / 12) == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                        x + slot * 0.35, HEIGHT - BOTTOM + 14, esc(labels.get(i))));
            }
        }
        int colour = 0;
        int n = 0;
        for (String name : series.keySet()) {
            int lx = LEFT + (n % 4) * 200;
            int ly = HEIGHT + 4 + (n / 4) * 20;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    lx, ly, COLOURS[colour++ % COLOURS.length], lx + 16, ly + 11, esc(name)));
            n++;
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, longest first as given. */
    static String horizontal(String id, String title, Map<String, Double> values) {
        int rows = Math.max(1, values.size());
        int height = 30 + rows * 24;
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder svg = open(id, title, height);
        int labelWidth = 330;
        double scale = max <= 0 ? 0 : (WIDTH - labelWidth - 60) / max;
        int i = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            int y = 10 + i * 24;
            String label = e.getKey().length() > 52 ? e.getKey().substring(0, 51) + "…" : e.getKey();
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>"
                            + "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s : %s</title></rect>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>",
                    labelWidth - 6, y + 12, esc(label), labelWidth, y, e.getValue() * scale, COLOURS[0], esc(e.getKey()),
                    number(e.getValue()), labelWidth + e.getValue() * scale + 4, y + 12, number(e.getValue())));
            i++;
        }
        return svg.append("</svg>").toString();
    }

    /** Values summed by key, in first-seen order. */
    static Map<String, Double> sum(Map<String, Double> into, String key, double value) {
        into.merge(key, value, Double::sum);
        return into;
    }

    static Map<String, Double> ordered() {
        return new LinkedHashMap<>();
    }

    private static StringBuilder open(String id, String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"%s\" class=\"chart\" role=\"img\" aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
                id, esc(title), WIDTH, height, WIDTH, height));
    }

    private static void axis(StringBuilder svg, double max) {
        int base = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, base, WIDTH - 10, base));
        for (int t = 0; t <= 4; t++) {
            double value = max * t / 4;
            double y = base - (base - 20) * t / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>"
                    + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", LEFT - 4, y + 3, number(value), LEFT, y, WIDTH - 10, y));
        }
    }

    private static String number(double value) {
        return String.format(Locale.FRANCE, value >= 100 || value == Math.rint(value) ? "%,.0f" : "%,.2f", value);
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
