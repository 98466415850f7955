using System.Globalization;
using System.Text;
using Corridor.Web.Features.Shared.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Corridor.Web.Tests.Platform;

/// <summary>The shared dashboard pieces: report tables download with exactly the rows shown; charts are accessible SVG.</summary>
public class ReportTests
{
    private static readonly ReportTable Table = new("stock-by-sex", "Stock by sex",
        [new ReportColumn("sex", "Пол"), new ReportColumn("workers", "Работники", Numeric: true), new ReportColumn("share", "Доля", Numeric: true),
         new ReportColumn("asOf", "На дату")],
        [["Female", 1234, 0.4m, new DateOnly(2025, 3, 31)], ["Male, \"other\"", 1851L, 0.6, null]]);

    [Fact]
    public void Csv_has_keys_as_header_invariant_numbers_iso_dates_and_a_bom()
    {
        var bytes = Table.ToCsv();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["sex,workers,share,asOf", "Female,1234,0.4,2025-03-31", "\"Male, \"\"other\"\"\",1851,0.6,"], lines);
    }

    [Fact]
    public void Csv_numbers_stay_invariant_under_a_comma_decimal_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
        try { Assert.Contains("Female,1234,0.4,", Encoding.UTF8.GetString(Table.ToCsv())); }
        finally { CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void Xlsx_holds_the_same_cells_with_numbers_as_numbers()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Table.ToXlsx()), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("stock-by-sex", sheet.Name!.Value);
        var rows = document.WorkbookPart.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var cells = rows[1].Elements<Cell>().ToList();
        Assert.Equal("Female", cells[0].InnerText);
        Assert.Equal(CellValues.Number, cells[1].DataType!.Value);
        Assert.Equal("1234", cells[1].CellValue!.Text);
        Assert.Equal("2025-03-31", cells[3].InnerText);
        Assert.Equal(["sex", "workers", "share", "asOf"], rows[0].Elements<Cell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Charts_are_inline_svg_named_by_their_title()
    {
        var html = Render(SvgChart.StackedBars("Открытые дела <по категориям>", ["Wages", "Documents"],
            [new ChartSeries("0–30 days", [3, 1]), new ChartSeries("31+ days", [2, 0])]));
        Assert.StartsWith("<figure class=\"chart\"><svg role=\"img\" aria-label=\"Открытые дела &lt;по категориям&gt;\"", html);
        Assert.Contains("<title>Открытые дела &lt;по категориям&gt;</title>", html);
        Assert.DoesNotContain("<?xml", html);
        Assert.EndsWith("</svg></figure>", html.TrimEnd());
        var line = Render(SvgChart.Lines("Labour force", ["2020", "2025", "2030"], [new ChartSeries("Total", [10, 11, 12])]));
        Assert.Contains("<svg role=\"img\"", line);
    }

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Counts_get_whole_number_ticks()
    {
        const string half = @">\s*0\.5\s*</text>";
        Assert.DoesNotMatch(half, Render(SvgChart.Bars("Workers", ["A", "B", "C"], [1, 1, 1])));
        Assert.Matches(half, Render(SvgChart.Bars("Share", ["A", "B"], [0.5, 1])));
    }
}
