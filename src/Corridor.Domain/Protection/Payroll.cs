using Corridor.Domain.Common;

namespace Corridor.Domain.Protection;

/// <summary>How a wage was paid (payroll file column payment_channel).</summary>
public enum PaymentChannel
{
    Bank = 1,
    Exchange = 2,
    Wallet = 3,
    Cash = 4,
}

/// <summary>Why an amount was deducted from a wage (payroll file columns deduction_N_reason).</summary>
public enum DeductionReason
{
    Tax = 1,
    SocialSecurity = 2,
    Advance = 3,
    Accommodation = 4,
    Food = 5,
    RecruitmentFee = 6,
    Levy = 7,
    DocumentFee = 8,
    Other = 9,
}

/// <summary>
/// One submitted payroll file, stored whole or not at all. The lines and alerts are bulk-loaded in the
/// same transaction; this record is saved last through the audited save, so the audit chain covers
/// the file by its SHA-256 (see docs/payroll-file.md).
/// </summary>
public sealed class PayrollBatch : Entity
{
    private PayrollBatch() { }

    public PayrollBatch(Guid id, string fileName, string sha256, int lineCount, int alertCount, string submittedBy,
        Guid? submitterEmployerId, DateTime submittedAt, int? policySetNumber)
    {
        if (string.IsNullOrWhiteSpace(sha256) || sha256.Length != 64) throw new DomainException("A batch carries the SHA-256 of its file.");
        Id = id;
        FileName = string.IsNullOrWhiteSpace(fileName) ? "payroll.csv" : Path.GetFileName(fileName.Trim())[..Math.Min(200, Path.GetFileName(fileName.Trim()).Length)];
        Sha256 = sha256;
        LineCount = lineCount;
        AlertCount = alertCount;
        SubmittedBy = submittedBy;
        SubmitterEmployerId = submitterEmployerId;
        SubmittedAt = submittedAt;
        PolicySetNumber = policySetNumber;
    }

    public string FileName { get; private set; } = "";
    /// <summary>Lower-case hex SHA-256 of the file's bytes as received.</summary>
    public string Sha256 { get; private set; } = "";
    public int LineCount { get; private set; }
    public int AlertCount { get; private set; }
    /// <summary>The account that submitted (user name, or "cli" for the command line).</summary>
    public string SubmittedBy { get; private set; } = "";
    /// <summary>Set when an employer account submitted its own lines; null for an officer's or agent's batch.</summary>
    public Guid? SubmitterEmployerId { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    /// <summary>The policy set the lines were reconciled against (null before the first set: catalogue defaults).</summary>
    public int? PolicySetNumber { get; private set; }
}

/// <summary>
/// One line of a payroll file: what one worker was paid for one month. Bulk-loaded (no per-row audit
/// event, no version): a stored line never changes; a correction is a new file.
/// </summary>
public sealed class PayrollLine
{
    public Guid Id { get; set; }
    public Guid BatchId { get; set; }
    /// <summary>The physical line of the file the record started on (the header is line 1).</summary>
    public int LineNumber { get; set; }
    public Guid EmployerId { get; set; }
    /// <summary>The migrant worker; null for a national employee's line.</summary>
    public Guid? WorkerId { get; set; }
    /// <summary>A national employee's IIN; null on migrant lines.</summary>
    public string? NationalId { get; set; }
    public string OccupationCode { get; set; } = "";
    /// <summary>The month paid, as its first day.</summary>
    public DateOnly Period { get; set; }
    public decimal BasicWage { get; set; }
    public decimal? AllowanceHousing { get; set; }
    public decimal? AllowanceFood { get; set; }
    public decimal? AllowanceTransport { get; set; }
    public decimal? AllowanceOther { get; set; }
    public decimal? OvertimeHours { get; set; }
    public decimal? OvertimePay { get; set; }
    public DeductionReason? Deduction1Reason { get; set; }
    public decimal? Deduction1Amount { get; set; }
    public DeductionReason? Deduction2Reason { get; set; }
    public decimal? Deduction2Amount { get; set; }
    public DeductionReason? Deduction3Reason { get; set; }
    public decimal? Deduction3Amount { get; set; }
    public decimal NetPaid { get; set; }
    public string Currency { get; set; } = "";
    public DateOnly PaymentDate { get; set; }
    public PaymentChannel PaymentChannel { get; set; }
    public string? Account { get; set; }

    public bool IsNational => WorkerId is null;
    public decimal Allowances => (AllowanceHousing ?? 0) + (AllowanceFood ?? 0) + (AllowanceTransport ?? 0) + (AllowanceOther ?? 0);
    public decimal Gross => BasicWage + Allowances + (OvertimePay ?? 0);
    public decimal Deductions => (Deduction1Amount ?? 0) + (Deduction2Amount ?? 0) + (Deduction3Amount ?? 0);

    public IEnumerable<(DeductionReason Reason, decimal Amount)> DeductionList()
    {
        if (Deduction1Reason is { } r1) yield return (r1, Deduction1Amount ?? 0);
        if (Deduction2Reason is { } r2) yield return (r2, Deduction2Amount ?? 0);
        if (Deduction3Reason is { } r3) yield return (r3, Deduction3Amount ?? 0);
    }
}

/// <summary>
/// A finding of the reconciliation: one rule a line (or, for WPS-UNPAID and WPS-EQUAL-TREATMENT, an employer's
/// month) failed. Bulk-loaded with its batch; the job's WPS-UNPAID alerts for employers that filed nothing have no batch.
/// </summary>
public sealed class PayrollAlert
{
    public Guid Id { get; set; }
    public Guid? BatchId { get; set; }
    public int? LineNumber { get; set; }
    public Guid? WorkerId { get; set; }
    public Guid EmployerId { get; set; }
    public DateOnly Period { get; set; }
    public string RuleId { get; set; } = "";
    public decimal? Expected { get; set; }
    public decimal? Actual { get; set; }
    /// <summary>English text with the numbers filled in (the UI shows the rule's translated text).</summary>
    public string Message { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
