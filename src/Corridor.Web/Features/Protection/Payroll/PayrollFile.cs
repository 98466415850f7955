using System.Globalization;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Domain.Reference;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>One problem of a payroll file: its physical line, 1-based column (field number), the column's name and an English message.</summary>
public sealed record PayrollImportError(int Line, int Column, string Field, string Message);

/// <summary>
/// The payroll file format (docs/payroll-file.md): the header, and the parsing and structural checks of
/// one record. The same code validates in pass 1 and builds the stored line in pass 2.
/// </summary>
public static class PayrollFile
{
    public static readonly string[] Header =
    [
        "employer_number", "worker_number", "national_id", "occupation_code", "period", "basic_wage",
        "allowance_housing", "allowance_food", "allowance_transport", "allowance_other", "overtime_hours", "overtime_pay",
        "deduction_1_reason", "deduction_1_amount", "deduction_2_reason", "deduction_2_amount", "deduction_3_reason", "deduction_3_amount",
        "net_paid", "currency", "payment_date", "payment_channel", "account",
    ];

    public static string HeaderLine => string.Join(',', Header);

    internal const int EmployerNumber = 0, WorkerNumber = 1, NationalId = 2, Occupation = 3, Period = 4, Basic = 5,
        Housing = 6, Food = 7, Transport = 8, OtherAllowance = 9, OvertimeHours = 10, OvertimePay = 11,
        D1Reason = 12, D1Amount = 13, D2Reason = 14, D2Amount = 15, D3Reason = 16, D3Amount = 17,
        NetPaid = 18, Currency = 19, PaymentDate = 20, Channel = 21, Account = 22;

    public const int MaxAccountLength = 100;
    private const decimal MaxAmount = 1_000_000_000_000m;
    private static readonly HashSet<string> IscoCodes = [.. ReferenceData.Isco.Keys];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IscoLookup = IscoCodes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An ISCO-08 code of the registry's classification, or a 4-digit unit group under one of its minor groups
    /// (payroll systems use unit groups; the registry lists down to minor groups). Returns a shared string.
    /// </summary>
    internal static string? Isco(ReadOnlySpan<char> code)
    {
        if (IscoLookup.TryGetValue(code, out var known)) return known;
        if (code.Length != 4 || code.ContainsAnyExceptInRange('0', '9') || !IscoLookup.Contains(code[..3])) return null;
        lock (UnitGroups)
        {
            var lookup = UnitGroups.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(code, out var unit)) return unit;
            unit = code.ToString();
            UnitGroups.Add(unit);
            return unit;
        }
    }

    private static readonly HashSet<string> UnitGroups = [];

    /// <summary>Checks the header row; null when it is exactly the required one.</summary>
    internal static PayrollImportError? CheckHeader(CsvRecordReader r)
    {
        for (var i = 0; i < Header.Length; i++)
        {
            if (i >= r.FieldCount)
                return new(r.Line, i + 1, Header[i], "The header must hold exactly the 23 column names of the format, in order.");
            var name = r[i];
            if (i == 0 && name.Length > 0 && name[0] == '\uFEFF') name = name[1..];
            if (!name.SequenceEqual(Header[i]))
                return new(r.Line, i + 1, Header[i], "The header must hold exactly the 23 column names of the format, in order.");
        }
        return r.FieldCount == Header.Length ? null
            : new(r.Line, Header.Length + 1, "", "The header must hold exactly the 23 column names of the format, in order.");
    }

    /// <summary>The worker number's digits (with the check digit) as a number, or -1 when it is not a valid public number.</summary>
    internal static long WorkerKey(ReadOnlySpan<char> s)
    {
        if (s.Length != 13 || s[0] != 'W' || s[1] != '-') return -1;
        long key = 0;
        foreach (var c in s[2..])
        {
            if (c is < '0' or > '9') return -1;
            key = key * 10 + (c - '0');
        }
        return CheckDigit.IsValid(s[2..]) ? key : -1;
    }

    public static long WorkerKey(string number) => WorkerKey(number.AsSpan());

    /// <summary>Year × 12 + month − 1 of a period, a small dense number for keys.</summary>
    internal static int PeriodIndex(DateOnly period) => period.Year * 12 + period.Month - 1;

    /// <summary>
    /// Parses one data record into <paramref name="line"/>. Adds each problem to <paramref name="errors"/>;
    /// returns false when there was any. Register look-ups (employer, worker) fill the ids and indexes.
    /// </summary>
    internal static bool Parse(CsvRecordReader r, PayrollRegister register, PayrollSubmitter submitter, PayrollLine line,
        ref ParsedKeys keys, ErrorList errors)
    {
        var before = errors.Count;
        var at = r.Line;
        if (r.Error is not null)
        {
            errors.Add(at, r.ErrorColumn, r.ErrorColumn <= Header.Length ? Header[r.ErrorColumn - 1] : "", r.Error);
            return false;
        }
        if (r.FieldCount != Header.Length)
        {
            errors.Add(at, Math.Min(r.FieldCount, Header.Length) + (r.FieldCount < Header.Length ? 1 : 1), "",
                r.FieldCount < Header.Length ? "Too few fields: every line has the 23 columns of the header." : "Too many fields: every line has the 23 columns of the header.");
            return false;
        }

        // Employer: in the register, and the submitter's own when an employer submits.
        var employer = r[EmployerNumber];
        keys.EmployerIndex = -1;
        if (employer.IsEmpty) errors.Add(at, EmployerNumber, "The employer number is required.");
        else if (!register.TryEmployer(employer, out keys.EmployerIndex)) errors.Add(at, EmployerNumber, "No employer with this registration number is registered.");
        else if (submitter.EmployerId is { } own && register.EmployerIds[keys.EmployerIndex] != own)
            errors.Add(at, EmployerNumber, "An employer may submit only its own payroll lines.");
        else line.EmployerId = register.EmployerIds[keys.EmployerIndex];

        // A migrant worker by public number, or a national employee by IIN.
        var worker = r[WorkerNumber];
        var nationalId = r[NationalId];
        keys.WorkerIndex = -1;
        line.WorkerId = null;
        line.NationalId = null;
        if (!worker.IsEmpty)
        {
            var key = WorkerKey(worker);
            if (key < 0) errors.Add(at, WorkerNumber, "Not a valid worker number (W- followed by 11 digits with a correct check digit).");
            else if (!register.TryWorker(key, out keys.WorkerIndex)) errors.Add(at, WorkerNumber, "No migrant worker with this number is registered.");
            else line.WorkerId = register.WorkerIds[keys.WorkerIndex];
            if (!nationalId.IsEmpty) errors.Add(at, NationalId, "Give either a worker number or a national ID, not both.");
        }
        else if (nationalId.IsEmpty) errors.Add(at, NationalId, "A line without a worker number needs the national employee's ID (IIN).");
        else if (nationalId.Length != 12 || nationalId.ContainsAnyExceptInRange('0', '9')) errors.Add(at, NationalId, "A national ID (IIN) is 12 digits.");
        else if (errors.Count == before) line.NationalId = nationalId.ToString();

        var occupation = r[Occupation];
        if (occupation.IsEmpty) errors.Add(at, Occupation, "The occupation code is required.");
        else if (Isco(occupation) is not { } code) errors.Add(at, Occupation, "Not an ISCO-08 occupation code.");
        else line.OccupationCode = code;

        var period = r[Period];
        if (period.IsEmpty) errors.Add(at, Period, "The period is required.");
        else if (!DateOnly.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
            errors.Add(at, Period, "Give the period as yyyy-MM.");
        else line.Period = p;

        line.BasicWage = Amount(r, Basic, at, errors, required: true) ?? 0;
        line.AllowanceHousing = Amount(r, Housing, at, errors);
        line.AllowanceFood = Amount(r, Food, at, errors);
        line.AllowanceTransport = Amount(r, Transport, at, errors);
        line.AllowanceOther = Amount(r, OtherAllowance, at, errors);
        line.OvertimeHours = Amount(r, OvertimeHours, at, errors);
        line.OvertimePay = Amount(r, OvertimePay, at, errors);
        if (line.OvertimeHours is > 0 && line.OvertimePay is null && r[OvertimePay].IsEmpty)
            errors.Add(at, OvertimePay, "Overtime hours need the overtime pay (0 when none was paid).");

        (line.Deduction1Reason, line.Deduction1Amount) = Deduction(r, D1Reason, at, errors);
        (line.Deduction2Reason, line.Deduction2Amount) = Deduction(r, D2Reason, at, errors);
        (line.Deduction3Reason, line.Deduction3Amount) = Deduction(r, D3Reason, at, errors);

        var net = Amount(r, NetPaid, at, errors, required: true);
        line.NetPaid = net ?? 0;

        var currency = r[Currency];
        if (currency.IsEmpty) errors.Add(at, Currency, "The currency is required.");
        else if (currency.Length != 3 || currency.ContainsAnyExceptInRange('A', 'Z')) errors.Add(at, Currency, "The currency is an ISO 4217 code of three capital letters.");
        else line.Currency = CurrencyCode(currency);

        var paid = r[PaymentDate];
        if (paid.IsEmpty) errors.Add(at, PaymentDate, "The payment date is required.");
        else if (!DateOnly.TryParseExact(paid, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            errors.Add(at, PaymentDate, "Give the date as yyyy-MM-dd.");
        else line.PaymentDate = d;

        var channel = r[Channel];
        switch (channel)
        {
            case "bank": line.PaymentChannel = PaymentChannel.Bank; break;
            case "exchange": line.PaymentChannel = PaymentChannel.Exchange; break;
            case "wallet": line.PaymentChannel = PaymentChannel.Wallet; break;
            case "cash": line.PaymentChannel = PaymentChannel.Cash; break;
            default:
                errors.Add(at, Channel, channel.IsEmpty ? "The payment channel is required." : "The payment channel is bank, exchange, wallet or cash.");
                break;
        }

        var account = r[Account];
        if (account.Length > MaxAccountLength) errors.Add(at, Account, "The account is at most 100 characters.");
        else line.Account = account.IsEmpty ? null : account.ToString();

        if (errors.Count > before) return false;
        if (Math.Abs(line.Gross - line.Deductions - line.NetPaid) > 0.01m)
        {
            errors.Add(at, NetPaid, "Net paid must equal basic wage + allowances + overtime pay − deductions.");
            return false;
        }
        return true;
    }

    private static string CurrencyCode(ReadOnlySpan<char> c) => c switch
    {
        "KZT" => "KZT",
        "USD" => "USD",
        "EUR" => "EUR",
        "RUB" => "RUB",
        _ => c.ToString(),
    };

    private static decimal? Amount(CsvRecordReader r, int column, int at, ErrorList errors, bool required = false)
    {
        var s = r[column];
        if (s.IsEmpty)
        {
            if (required) errors.Add(at, column, "A value is required.");
            return null;
        }
        var dot = s.IndexOf('.');
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || s[0] == '.' || (dot >= 0 && dot == s.Length - 1))
        {
            errors.Add(at, column, "Not a number: digits with '.' for decimals, never negative.");
            return null;
        }
        if (dot >= 0 && s.Length - dot - 1 > 2)
        {
            errors.Add(at, column, "At most two decimals.");
            return null;
        }
        if (v >= MaxAmount)
        {
            errors.Add(at, column, "The amount is too large.");
            return null;
        }
        return v;
    }

    private static (DeductionReason?, decimal?) Deduction(CsvRecordReader r, int reasonColumn, int at, ErrorList errors)
    {
        var reason = r[reasonColumn];
        var amount = Amount(r, reasonColumn + 1, at, errors);
        DeductionReason? parsed = reason switch
        {
            "" => null,
            "tax" => DeductionReason.Tax,
            "social_security" => DeductionReason.SocialSecurity,
            "advance" => DeductionReason.Advance,
            "accommodation" => DeductionReason.Accommodation,
            "food" => DeductionReason.Food,
            "recruitment_fee" => DeductionReason.RecruitmentFee,
            "levy" => DeductionReason.Levy,
            "document_fee" => DeductionReason.DocumentFee,
            "other" => DeductionReason.Other,
            _ => (DeductionReason)0,
        };
        if (parsed == 0)
        {
            errors.Add(at, reasonColumn, "Unknown deduction reason: tax, social_security, advance, accommodation, food, recruitment_fee, levy, document_fee or other.");
            return (null, null);
        }
        if (parsed is null && amount is not null) errors.Add(at, reasonColumn, "A deduction needs its reason.");
        else if (parsed is not null && amount is null && r[reasonColumn + 1].IsEmpty) errors.Add(at, reasonColumn + 1, "A deduction needs its amount.");
        return (parsed, amount);
    }
}

/// <summary>What a parsed record resolved to in the register (indexes into <see cref="PayrollRegister"/>; -1 for none).</summary>
internal struct ParsedKeys
{
    public int EmployerIndex;
    public int WorkerIndex;
}

/// <summary>The first <see cref="Limit"/> problems of a file, and how many there were.</summary>
internal sealed class ErrorList
{
    public const int Limit = 1000;
    public List<PayrollImportError> Items { get; } = [];
    public int Count { get; private set; }
    public bool Full => Count >= Limit;

    public void Add(int line, int column, string message) =>
        Add(line, column + 1, PayrollFile.Header[column], message);

    public void Add(int line, int column, string field, string message)
    {
        Count++;
        if (Items.Count < Limit) Items.Add(new(line, column, field, message));
    }
}
