using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web.Features.Shared.Reports;

/// <summary>A column of a report table. <see cref="Key"/> is the stable machine name (API and file headers stay the
/// same in every language); <see cref="Header"/> is the localised text shown on the page.</summary>
public sealed record ReportColumn(string Key, string Header, bool Numeric = false);

/// <summary>
/// A table a dashboard shows and lets the user download as CSV or XLSX with exactly the same rows. Values are
/// strings, numbers (int, long, decimal, double), dates or null; the page formats them for the reader's culture,
/// the files keep them machine-readable (invariant numbers, ISO dates).
/// </summary>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The <c>?format=</c> values the pages and APIs accept.</summary>
    public static bool IsDownloadFormat(string? format) => format is "csv" or "xlsx";

    /// <summary>Page handlers: <c>if (ReportTable.IsDownloadFormat(format)) return table.Download(format);</c></summary>
    public FileContentResult Download(string format) => format == "xlsx"
        ? new FileContentResult(ToXlsx(), XlsxContentType) { FileDownloadName = Name + ".xlsx" }
        : new FileContentResult(ToCsv(), CsvContentType) { FileDownloadName = Name + ".csv" };

    /// <summary>Minimal-API endpoints.</summary>
    public IResult DownloadResult(string format) => format == "xlsx"
        ? Results.File(ToXlsx(), XlsxContentType, Name + ".xlsx")
        : Results.File(ToCsv(), CsvContentType, Name + ".csv");

    /// <summary>RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic correctly; the first
    /// row holds the column keys.</summary>
    public byte[] ToCsv()
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in Columns) csv.WriteField(column.Key);
            csv.NextRecord();
            foreach (var row in Rows)
            {
                foreach (var value in row) csv.WriteField(Invariant(value));
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>One worksheet: a header row of column keys, then the rows, numbers stored as numbers.</summary>
    public byte[] ToXlsx()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(Columns.Select(c => (object?)c.Key)));
            foreach (var row in Rows) data.Append(Row(row));
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            // Sheet names are at most 31 characters and may not contain []:*?/\
            var sheetName = new string(Name.Where(c => !"[]:*?/\\".Contains(c)).Take(31).ToArray());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
            workbookPart.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.Append(value switch
            {
                null => new Cell(),
                int or long or decimal or double or float => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
                },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Invariant(value) ?? "")) },
            });
        }
        return row;
    }

    /// <summary>The file form of a value: invariant numbers, ISO dates.</summary>
    public static string? Invariant(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The page form of a value: numbers grouped in the reader's culture.</summary>
    public static string Display(object? value) => value switch
    {
        null => "—",
        int or long => ((IFormattable)value).ToString("#,0", CultureInfo.CurrentCulture),
        decimal or double or float => ((IFormattable)value).ToString("#,0.##", CultureInfo.CurrentCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
