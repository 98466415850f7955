using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;
using ScottPlot;

namespace Corridor.Web.Features.Shared.Reports;

/// <summary>One named series of a chart: a value per category (bars) or per x position (lines).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// Server-rendered SVG charts (ScottPlot) for the dashboards: no JavaScript, printable, and the same bytes for the
/// same data. Every chart is wrapped in a figure whose accessible name is the title; pages put the numbers in a
/// table next to it (<see cref="ReportTable"/>), so the chart is never the only way to read them.
/// Callers pass texts already localised.
/// </summary>
public static class SvgChart
{
    private const int DefaultWidth = 720, DefaultHeight = 320;

    /// <summary>One bar per category.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<double> values,
        string? valueAxis = null, int width = DefaultWidth, int height = DefaultHeight) =>
        StackedBars(title, categories, [new ChartSeries(valueAxis ?? title, values)], valueAxis, width, height, legend: false);

    /// <summary>Bars per category with the series stacked on each other (e.g. open cases by category, split by age band).</summary>
    public static IHtmlContent StackedBars(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series,
        string? valueAxis = null, int width = DefaultWidth, int height = DefaultHeight, bool legend = true)
    {
        var plot = NewPlot(title, valueAxis, series.SelectMany(x => x.Values));
        var bottoms = new double[categories.Count];
        for (var s = 0; s < series.Count; s++)
        {
            var color = Palette.GetColor(s);
            var bars = new List<Bar>();
            for (var i = 0; i < categories.Count; i++)
            {
                var v = i < series[s].Values.Count ? series[s].Values[i] : 0;
                bars.Add(new Bar { Position = i, ValueBase = bottoms[i], Value = bottoms[i] + v, FillColor = color, LineWidth = 0 });
                bottoms[i] += v;
            }
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series[s].Name;
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray(), categories.ToArray());
        if (categories.Count > 6) plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        if (categories.Count > 6) plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Margins(bottom: 0);
        if (legend && series.Count > 1) plot.ShowLegend(Edge.Right); else plot.HideLegend();
        return Render(plot, title, width, height);
    }

    /// <summary>One line per series over labelled x positions (periods, years).</summary>
    public static IHtmlContent Lines(string title, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series,
        string? valueAxis = null, int width = DefaultWidth, int height = DefaultHeight)
    {
        var plot = NewPlot(title, valueAxis, series.SelectMany(x => x.Values));
        var xs = Enumerable.Range(0, xLabels.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < series.Count; s++)
        {
            var ys = xs.Select((_, i) => i < series[s].Values.Count ? series[s].Values[i] : double.NaN).ToArray();
            var line = plot.Add.Scatter(xs, ys, Palette.GetColor(s));
            line.LegendText = series[s].Name;
            line.LineWidth = 2;
            line.MarkerSize = 4;
        }
        // Label at most ~12 ticks so long series stay readable.
        var step = Math.Max(1, (int)Math.Ceiling(xLabels.Count / 12.0));
        var ticks = xs.Where((_, i) => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, ticks.Select(t => xLabels[(int)t]).ToArray());
        if (series.Count > 1) plot.ShowLegend(Edge.Right); else plot.HideLegend();
        return Render(plot, title, width, height);
    }

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    private static Plot NewPlot(string title, string? valueAxis, IEnumerable<double> values)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 14);
        if (valueAxis is not null) plot.Axes.Left.Label.Text = valueAxis;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,0.##", CultureInfo.CurrentCulture),
            // Counts of people get whole-number ticks, never "0.5 persons".
            IntegerTicksOnly = values.All(v => double.IsNaN(v) || v == Math.Floor(v)),
        };
        return plot;
    }

    private static IHtmlContent Render(Plot plot, string title, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        // Drop the XML declaration (not allowed inside HTML) and give the drawing its accessible name.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..].TrimEnd();
        var name = WebUtility.HtmlEncode(title);
        svg = "<svg role=\"img\" aria-label=\"" + name + "\" viewBox=\"0 0 " + width + " " + height + "\"" + svg[4..];
        var close = svg.IndexOf('>');
        svg = svg[..(close + 1)] + "<title>" + name + "</title>" + svg[(close + 1)..];
        return new HtmlString("<figure class=\"chart\">" + svg + "</figure>");
    }
}
