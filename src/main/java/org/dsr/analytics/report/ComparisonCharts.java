package org.dsr.analytics.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The comparison's charts, drawn with JFreeChart as PNG images. */
public final class ComparisonCharts {
  static final int WIDTH = 900;
  static final int HEIGHT = 420;

  private ComparisonCharts() {}

  /** A point of a country's time series. */
  public record Point(String country, int year, double value) {}

  /** A country's value in a category of a stacked bar. */
  public record Bar(String country, String category, double value) {}

  /** Lines per country over years; LOWER_IS_BETTER puts low values (rank 1) on top. */
  public static byte[] lines(String title, String yLabel, List<Point> points, Direction direction) {
    Map<String, XYSeries> series = new LinkedHashMap<>();
    for (Point p : points) {
      series.computeIfAbsent(p.country(), XYSeries::new).add(p.year(), p.value());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    series.values().forEach(data::addSeries);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title, "Year", yLabel, data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.getRangeAxis().setInverted(direction == Direction.LOWER_IS_BETTER);
    org.jfree.chart.axis.NumberAxis years = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
    years.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    years.setNumberFormatOverride(new java.text.DecimalFormat("0")); // 2018, not 2,018
    ((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer())
        .setDefaultShapesVisible(true);
    return png(chart);
  }

  /** Whether a line chart's axis puts the best value on top. */
  public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
  }

  /** One stacked bar per country. */
  public static byte[] stackedBars(String title, String yLabel, List<Bar> bars) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar b : bars) {
      data.addValue(b.value(), b.category(), b.country());
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            title, "", yLabel, data, PlotOrientation.VERTICAL, true, false, false);
    return png(chart);
  }

  private static byte[] png(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw chart " + chart.getTitle().getText(), e);
    }
  }
}
