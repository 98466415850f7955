using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Corridor.Domain.Common;

namespace Corridor.Domain.Statistics;

public enum PeriodType
{
    Year = 1,
    Quarter = 2,
    Month = 3,
}

/// <summary>
/// A reporting period with an ISO-like code, DHIS2 style: <c>2025</c> (year), <c>2025Q1</c> (quarter),
/// <c>202503</c> (month). Start and end are inclusive dates.
/// </summary>
public readonly record struct Period(PeriodType Type, int Year, int Number)
{
    public static Period OfYear(int year) => new(PeriodType.Year, year, 1);
    public static Period OfQuarter(int year, int quarter) => new(PeriodType.Quarter, year, quarter);
    public static Period OfMonth(int year, int month) => new(PeriodType.Month, year, month);
    public static Period MonthOf(DateOnly day) => OfMonth(day.Year, day.Month);
    public static Period QuarterOf(DateOnly day) => OfQuarter(day.Year, (day.Month - 1) / 3 + 1);

    public string Code => Type switch
    {
        PeriodType.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        PeriodType.Quarter => $"{Year:0000}Q{Number}",
        _ => $"{Year:0000}{Number:00}",
    };

    /// <summary>SDMX TIME_PERIOD: 2025, 2025-Q1, 2025-03.</summary>
    public string SdmxCode => Type switch
    {
        PeriodType.Year => Code,
        PeriodType.Quarter => $"{Year:0000}-Q{Number}",
        _ => $"{Year:0000}-{Number:00}",
    };

    public DateOnly Start => Type switch
    {
        PeriodType.Year => new DateOnly(Year, 1, 1),
        PeriodType.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, Number, 1),
    };

    public DateOnly End => Type switch
    {
        PeriodType.Year => new DateOnly(Year, 12, 31),
        PeriodType.Quarter => Start.AddMonths(3).AddDays(-1),
        _ => Start.AddMonths(1).AddDays(-1),
    };

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public override string ToString() => Code;

    public static bool TryParse([NotNullWhen(true)] string? code, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(code)) return false;
        var s = code.Trim().ToUpperInvariant();
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2200)
            return false;
        if (s.Length == 4) { period = OfYear(year); return true; }
        if (s.Length == 6 && s[4] == 'Q' && s[5] is >= '1' and <= '4') { period = OfQuarter(year, s[5] - '0'); return true; }
        if (s.Length == 6 && int.TryParse(s.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = OfMonth(year, month);
            return true;
        }
        return false;
    }

    public static Period Parse(string code) =>
        TryParse(code, out var p) ? p : throw new DomainException("Give the period as 2025, 2025Q1 or 202503.", "period");

    /// <summary>Every year, quarter and month that overlaps [from, to], oldest first within each type.</summary>
    public static IReadOnlyList<Period> Covering(DateOnly from, DateOnly to)
    {
        var list = new List<Period>();
        if (to < from) return list;
        for (var y = from.Year; y <= to.Year; y++) list.Add(OfYear(y));
        for (var q = QuarterOf(from); q.Start <= to; q = q.Next()) list.Add(q);
        for (var m = MonthOf(from); m.Start <= to; m = m.Next()) list.Add(m);
        return list;
    }

    public Period Next() => Type switch
    {
        PeriodType.Year => OfYear(Year + 1),
        PeriodType.Quarter => Number == 4 ? OfQuarter(Year + 1, 1) : OfQuarter(Year, Number + 1),
        _ => Number == 12 ? OfMonth(Year + 1, 1) : OfMonth(Year, Number + 1),
    };
}
