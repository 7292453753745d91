package org.safeledger.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The monthly report's charts, drawn on the server by JFreeChart as PNG data: URIs for the PDF, in the font the PDFs
 * embed (so Chinese labels draw on a host without CJK fonts).
 */
final class ReportCharts {

    private static final Font FONT = load("/fonts/DroidSansFallbackFull.ttf");
    /** Digits and Latin letters: Droid Sans Fallback has none, and Java2D falls back to nothing. */
    private static final Font LATIN = load("/fonts/DejaVuSans.ttf");

    private ReportCharts() {}

    /** One bar group per period, a bar per series (found, closed, overdue...), the labels as given. */
    static String bars(String title, List<String> periods, List<String> series, List<long[]> values) {
        var data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int p = 0; p < periods.size(); p++) {
                data.addValue(values.get(s)[p], series.get(s), periods.get(p));
            }
        }
        var chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        themed(chart);
        var plot = chart.getCategoryPlot();
        plot.getRangeAxis().setTickLabelFont(LATIN.deriveFont(10f));
        boolean latin = periods.stream().allMatch(p -> LATIN.canDisplayUpTo(p) == -1);
        plot.getDomainAxis().setTickLabelFont((latin ? LATIN : FONT).deriveFont(10f));
        if (periods.size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        return png(chart, 900, 380);
    }

    private static void themed(JFreeChart chart) {
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 18f));
        theme.setLargeFont(FONT.deriveFont(14f));
        theme.setRegularFont(FONT.deriveFont(12f));
        theme.setSmallFont(FONT.deriveFont(10f));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    private static String png(JFreeChart chart, int width, int height) {
        try (var out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font load(String resource) {
        try (var in = ReportCharts.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, java.util.Objects.requireNonNull(in));
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the shipped font " + resource + " cannot be read", e);
        }
    }
}
