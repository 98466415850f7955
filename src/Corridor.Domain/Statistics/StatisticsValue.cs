using Corridor.Domain.Common;

namespace Corridor.Domain.Statistics;

/// <summary>
/// One cell of the analytics table (DHIS2 style): indicator × period × org unit × disaggregation → value.
/// Denormalised on purpose: dashboards and exports read only this table. Rebuilt whole by
/// <c>statistics.rebuild</c> and bulk-loaded (no per-row audit event, no version): one audit action
/// ("statistics.rebuilt") covers a rebuild.
/// </summary>
public sealed class StatisticsValue
{
    public long Id { get; set; }
    public string Indicator { get; set; } = "";
    public string Period { get; set; } = "";
    public PeriodType PeriodType { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    /// <summary>Code of the region (level-2 org unit) of the employer or vacancy; "_Z" when not applicable.</summary>
    public string Region { get; set; } = Dimensions.NotApplicable;
    /// <summary>F, M, or "_U" (not recorded), "_Z" (not applicable, e.g. vacancies).</summary>
    public string Sex { get; set; } = Dimensions.NotApplicable;
    /// <summary>Five-year age group "15-19" … "60-64", "65+", "0-14"; "_U" / "_Z".</summary>
    public string AgeGroup { get; set; } = Dimensions.NotApplicable;
    /// <summary>ISO 3166-1 alpha-3 country of citizenship; "_U" / "_Z".</summary>
    public string Citizenship { get; set; } = Dimensions.NotApplicable;
    /// <summary>ISCO-08 major group (one digit); "_U" / "_Z".</summary>
    public string Isco { get; set; } = Dimensions.NotApplicable;
    /// <summary>ISCO-08 skill level derived from the major group ("1", "2", "3", "3-4", "4"); "_U" / "_Z".</summary>
    public string SkillLevel { get; set; } = Dimensions.NotApplicable;
    /// <summary>ISIC Rev.4 section letter of the employer or vacancy; "_U" / "_Z".</summary>
    public string Isic { get; set; } = Dimensions.NotApplicable;
    /// <summary>Indicator-specific breakdown: refusal rule id, complaint category, LMT outcome, compliance…; "_Z" when none.</summary>
    public string Category { get; set; } = Dimensions.NotApplicable;
    public long Value { get; set; }
}

public enum RebuildStatus
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>One run of the analytics rebuild: the page shows its progress and when the figures were last rebuilt.</summary>
public sealed class StatisticsRebuild : Entity
{
    private StatisticsRebuild() { }

    public StatisticsRebuild(string startedBy, DateTime startedAt)
    {
        StartedBy = startedBy;
        StartedAt = startedAt;
        Status = RebuildStatus.Running;
        Stage = "starting";
    }

    public string StartedBy { get; private set; } = "";
    public DateTime StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public RebuildStatus Status { get; private set; }
    /// <summary>What the run is doing now (progress updates bypass the audited save; see the rebuild).</summary>
    public string Stage { get; set; } = "";
    /// <summary>0–100.</summary>
    public int Percent { get; set; }
    public long Rows { get; private set; }
    public string? Error { get; private set; }

    public void Succeeded(long rows, DateTime now)
    {
        Status = RebuildStatus.Succeeded;
        Rows = rows;
        FinishedAt = now;
        Stage = "done";
        Percent = 100;
    }

    public void Failed(string error, DateTime now)
    {
        Status = RebuildStatus.Failed;
        Error = error.Length > 1000 ? error[..1000] : error;
        FinishedAt = now;
        Stage = "failed";
    }
}
