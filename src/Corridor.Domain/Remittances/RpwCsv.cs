using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Domain.Remittances;

/// <summary>An error of an import file: line 1 is the header; columns count from 1.</summary>
public sealed record ImportError(int Line, int Column, string Field, string Message);

public sealed record RpwFile(IReadOnlyList<(int Line, RemittancePrice Price)> Rows, IReadOnlyList<ImportError> Errors, int ErrorCount);

/// <summary>
/// Reads a CSV file in the column layout of the World Bank's Remittance Prices Worldwide dataset (methods §2.4, sheet
/// "Dataset (from Q2 2016)"): the columns named below are read, every other RPW column (names, regions, income groups,
/// the computed margins and totals, which Corridor recomputes) is ignored. One Corridor extension, the optional
/// <c>destination_lcu_code</c>, names the receiving currency for the public comparison page. The whole file is checked
/// before anything is kept; every error comes with its line and column.
/// </summary>
public static class RpwCsv
{
    public const int MaxErrorsListed = 200;

    public static readonly string[] Required =
    [
        "period", "date", "source_code", "destination_code", "firm", "firm_type", "speed actual",
        "cc1 denomination amount", "cc1 lcu amount", "cc1 lcu code", "cc1 lcu fee", "cc1 lcu fx rate",
        "cc2 denomination amount", "cc2 lcu amount", "cc2 lcu code", "cc2 lcu fee", "cc2 lcu fx rate",
        "inter lcu bank fx", "transparent", "access point",
    ];

    public static readonly string[] Optional = ["note2", "destination_lcu_code", "id", "corridor"];

    /// <summary>Which RPW column reports an error of each checked field of <see cref="RemittanceService"/>.</summary>
    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        [nameof(RemittanceService.Period)] = "period",
        [nameof(RemittanceService.SendingCountry)] = "source_code",
        [nameof(RemittanceService.ReceivingCountry)] = "destination_code",
        [nameof(RemittanceService.Provider)] = "firm",
        [nameof(RemittanceService.ProviderType)] = "firm_type",
        [nameof(RemittanceService.SendingCurrency)] = "cc1 lcu code",
        [nameof(RemittanceService.ReceivingCurrency)] = "destination_lcu_code",
        [nameof(RemittanceService.Amount200)] = "cc1 lcu amount",
        [nameof(RemittanceService.Fee200)] = "cc1 lcu fee",
        [nameof(RemittanceService.Rate200)] = "cc1 lcu fx rate",
        [nameof(RemittanceService.Amount500)] = "cc2 lcu amount",
        [nameof(RemittanceService.Fee500)] = "cc2 lcu fee",
        [nameof(RemittanceService.Rate500)] = "cc2 lcu fx rate",
        [nameof(RemittanceService.InterbankRate)] = "inter lcu bank fx",
        [nameof(RemittanceService.Speed)] = "speed actual",
        [nameof(RemittanceService.AccessPoint)] = "access point",
        [nameof(RemittanceService.Note)] = "note2",
    };

    public static RpwFile Read(Stream stream)
    {
        var rows = new List<(int, RemittancePrice)>();
        var errors = new List<ImportError>();
        var count = 0;
        void Error(int line, int column, string field, string message)
        {
            count++;
            if (errors.Count < MaxErrorsListed) errors.Add(new ImportError(line, column, field, message));
        }

        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false, TrimOptions = TrimOptions.Trim,
        });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            Error(1, 1, "", "The file is empty: it needs the header row and at least one line.");
            return new RpwFile([], errors, count);
        }
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++) index.TryAdd(header[i].Trim(), i);
        foreach (var name in Required.Where(n => !index.ContainsKey(n)))
            Error(1, 0, name, "A required column is missing.");
        if (count > 0) return new RpwFile([], errors, count);

        var seen = new HashSet<(string, string, string, string)>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var fields = csv.Parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            var lineErrors = 0;
            string Text(string column) => index.TryGetValue(column, out var i) && i < fields.Length ? fields[i].Trim() : "";
            int Col(string column) => index.TryGetValue(column, out var i) ? i + 1 : 0;
            void Bad(string column, string message)
            {
                lineErrors++;
                Error(line, Col(column), column, message);
            }
            decimal Number(string column)
            {
                var text = Text(column);
                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) return v;
                Bad(column, text.Length == 0 ? "A value is required." : "Not a number (use a point for decimals, e.g. 16.66).");
                return 0;
            }

            DateOnly date = default;
            var dateText = Text("date");
            if (DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
            else if (DateTime.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) date = DateOnly.FromDateTime(t);
            else Bad("date", "Give the date as yyyy-MM-dd.");

            var type = ProviderTypeOf(Text("firm_type"));
            if (type is null) Bad("firm_type", "Unknown provider type: use Bank, Money Transfer Operator, Post office, Mobile operator or Other.");
            var speed = SpeedOf(Text("speed actual"));
            if (speed is null) Bad("speed actual", "Unknown speed: use Less than one hour, Same day, Next day, 2 days, 3-5 days or 6 days or more.");
            var transparent = YesNo(Text("transparent"));
            if (transparent is null) Bad("transparent", "Give Yes or No.");
            var before = lineErrors;
            var denomination200 = Number("cc1 denomination amount");
            if (lineErrors == before && denomination200 != 200) Bad("cc1 denomination amount", "The first price point must be USD 200.");
            before = lineErrors;
            var denomination500 = Number("cc2 denomination amount");
            if (lineErrors == before && denomination500 != 500) Bad("cc2 denomination amount", "The second price point must be USD 500.");
            if (!string.Equals(Text("cc1 lcu code"), Text("cc2 lcu code"), StringComparison.OrdinalIgnoreCase))
                Bad("cc2 lcu code", "Both price points must be in the same sending currency.");
            var price = new RemittancePrice(Text("period"), date, Text("source_code"), Text("destination_code"), Text("firm"),
                type ?? RemittanceProviderType.Other, Text("cc1 lcu code"), Text("destination_lcu_code"),
                Number("cc1 lcu amount"), Number("cc1 lcu fee"), Number("cc1 lcu fx rate"),
                Number("cc2 lcu amount"), Number("cc2 lcu fee"), Number("cc2 lcu fx rate"),
                Number("inter lcu bank fx"), speed ?? TransferSpeed.SixDaysOrMore, Text("access point"), transparent ?? false, Text("note2"));
            foreach (var (field, message) in RemittanceService.Check(price))
            {
                var column = ColumnOfField.GetValueOrDefault(field, field);
                // A value already reported as unreadable is not reported twice.
                if (errors.Any(e => e.Line == line && e.Field == column)) continue;
                Bad(column, message);
            }
            var key = (price.Period.Trim().ToUpperInvariant(), price.SendingCountry.Trim().ToUpperInvariant(), price.ReceivingCountry.Trim().ToUpperInvariant(),
                price.Provider.Trim().ToUpperInvariant());
            if (!seen.Add(key)) Bad("firm", "The same provider, corridor and quarter is on an earlier line.");
            if (lineErrors == 0) rows.Add((line, price));
        }
        if (rows.Count == 0 && count == 0) Error(2, 1, "", "The file has a header but no lines.");
        return new RpwFile(rows, errors, count);
    }

    public static RemittanceProviderType? ProviderTypeOf(string text) => Squash(text) switch
    {
        "bank" or "commercialbank" => RemittanceProviderType.Bank,
        "moneytransferoperator" or "mto" => RemittanceProviderType.MoneyTransferOperator,
        "postoffice" or "post" => RemittanceProviderType.PostOffice,
        "mobileoperator" or "mobile" or "mobilemoney" => RemittanceProviderType.MobileOperator,
        "other" or "bank/mto" or "nonbankfi" => RemittanceProviderType.Other,
        _ => Enum.TryParse<RemittanceProviderType>(text, true, out var t) && Enum.IsDefined(t) ? t : null,
    };

    public static TransferSpeed? SpeedOf(string text) => Squash(text) switch
    {
        "lessthanonehour" or "lessthan1hour" => TransferSpeed.LessThanOneHour,
        "sameday" => TransferSpeed.SameDay,
        "nextday" => TransferSpeed.NextDay,
        "2days" => TransferSpeed.TwoDays,
        "3-5days" => TransferSpeed.ThreeToFiveDays,
        "6daysormore" => TransferSpeed.SixDaysOrMore,
        _ => Enum.TryParse<TransferSpeed>(text, true, out var s) && Enum.IsDefined(s) ? s : null,
    };

    private static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "1" or "true" => true,
        "no" or "n" or "0" or "false" => false,
        _ => null,
    };

    private static string Squash(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant)]);
}
