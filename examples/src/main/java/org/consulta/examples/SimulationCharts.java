package org.consulta.examples;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.simulation.Estimate;
import org.consulta.core.simulation.SummaryDay;
import org.consulta.core.simulation.SweepRuns;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * SVG charts of a sweep, drawn with JFreeChart on JFreeSVG; needs no display (the command line
 * runs headless).
 *
 * <ul>
 *   <li>{@link #participation(List)}: participants (cumulative) and contributions per day, the mean
 *       across seeds as a line in a shaded 95% confidence band (clipped at 0), one series per
 *       scenario;
 *   <li>{@link #representation(List)}: per group of each demographic dimension, its share among
 *       the participants on the last day (with the 95% interval across seeds) next to its reference
 *       (census) share, so over- and under-representation show at a glance.
 * </ul>
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("participation.svg"), SimulationCharts.participation(results));
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call draws a new chart.
 */
public final class SimulationCharts {
  /** Title of the participation chart. */
  public static final String PARTICIPATION_TITLE = "Participation over time";
  /** Title of the representation chart. */
  public static final String REPRESENTATION_TITLE = "Representation by group";

  private static final String PARTICIPANTS_AXIS = "Participants (cumulative)";
  private static final String CONTRIBUTIONS_AXIS = "Contributions per day";
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 700;
  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
      new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

  private SimulationCharts() {}

  /**
   * @param sweep the scenarios and their runs, at least one
   * @return the SVG document of participants and contributions per day
   */
  public static String participation(List<SweepRuns> sweep) {
    return svg(participationChart(sweep));
  }

  /**
   * @param sweep the scenarios and their runs, at least one, all with the same population schema
   * @return the SVG document comparing each group's share among participants with its reference share
   */
  public static String representation(List<SweepRuns> sweep) {
    return svg(representationChart(sweep));
  }

  static JFreeChart participationChart(List<SweepRuns> sweep) {
    requireNonNull(sweep, "sweep");
    NumberAxis days = new NumberAxis("Day (0 = opening day)");
    days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(days);
    plot.setGap(12);
    plot.add(band(sweep, "participants", PARTICIPANTS_AXIS, true), 3);
    plot.add(band(sweep, "contributions", CONTRIBUTIONS_AXIS, false), 2);
    JFreeChart chart = new JFreeChart(PARTICIPATION_TITLE, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(new TextTitle("Mean across " + sweep.get(0).runs().size() + " seeds; shaded: 95% confidence interval"));
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  static JFreeChart representationChart(List<SweepRuns> sweep) {
    requireNonNull(sweep, "sweep");
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    SweepRuns first = sweep.get(0);
    List<DemographicDimension> dimensions = first.scenario().population().schema().dimensions();
    String referenceSeries = "Reference (" + shorten(first.scenario().population().shares().source().orElse("census")) + ")";
    for (DemographicDimension d : dimensions) {
      Map<String, Double> reference = first.scenario().population().shares().shares().getOrDefault(d.key(), Map.of());
      for (String option : d.options()) {
        // no error bar: the reference is given, not estimated
        data.add(Double.valueOf(100 * reference.getOrDefault(option, 0.0)), null, referenceSeries, option + " (" + d.key() + ")");
      }
    }
    for (SweepRuns s : sweep) {
      SummaryDay last = s.summary().last();
      String series = sweep.size() == 1 ? "Participants" : "Participants: " + shorten(s.scenario().name());
      for (DemographicDimension d : dimensions) {
        for (String option : d.options()) {
          Estimate e = last.metrics().get("representation." + d.key() + "." + option);
          double mean = e == null ? 0 : 100 * e.mean();
          double half = e == null ? 0 : 100 * (e.high() - e.low()) / 2;
          data.add(Double.valueOf(mean), Double.valueOf(half), series, option + " (" + d.key() + ")");
        }
      }
    }
    CategoryAxis groups = new CategoryAxis("Group (dimension)");
    groups.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    NumberAxis share = new NumberAxis("Share (%)");
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setShadowVisible(false);
    for (int i = 0; i <= sweep.size(); i++) {
      renderer.setSeriesPaint(i, i == 0 ? Color.LIGHT_GRAY : PALETTE[(i - 1) % PALETTE.length]);
    }
    CategoryPlot plot = new CategoryPlot(data, groups, share, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart(REPRESENTATION_TITLE, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(new TextTitle("Each group's share of participants on day " + first.summary().last().day()
        + " against its reference share; error bars: 95% confidence interval across seeds"));
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** One scenario a series, in the same colour on every plot; the legend lists the scenarios once, under the first plot. */
  private static XYPlot band(List<SweepRuns> sweep, String metric, String label, boolean inLegend) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (SweepRuns s : sweep) {
      YIntervalSeries series = new YIntervalSeries(shorten(s.scenario().name()));
      for (SummaryDay d : s.summary().days()) {
        Estimate e = d.metrics().get(metric);
        if (e != null) {
          // counts cannot be negative, though a t interval over few seeds can reach below 0
          series.add(d.day(), e.mean(), Math.max(0, e.low()), e.high());
        }
      }
      data.addSeries(series);
    }
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.2f);
    for (int i = 0; i < sweep.size(); i++) {
      Color c = PALETTE[i % PALETTE.length];
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
      renderer.setSeriesVisibleInLegend(i, inLegend);
    }
    NumberAxis values = new NumberAxis(label);
    values.setAutoRangeIncludesZero(true);
    values.setLabelFont(values.getLabelFont().deriveFont(Font.PLAIN, 12f));
    XYPlot plot = new XYPlot(data, null, values, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /** Long sweep names would crowd the legend; the full names are in scenario.json and summary.csv. */
  private static String shorten(String name) {
    return name.length() <= 70 ? name : name.substring(0, 67) + "...";
  }

  private static String svg(JFreeChart chart) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix("consulta-"); // instead of a timestamp, so the same results give the same file
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    return g2.getSVGDocument();
  }
}
