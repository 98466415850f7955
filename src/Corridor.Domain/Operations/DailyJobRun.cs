using Corridor.Domain.Common;

namespace Corridor.Domain.Operations;

/// <summary>
/// One run of a daily job, kept so the scheduler knows after a restart whether today's run already happened
/// (a restart must not recompute national risk scores or statistics again) and so operators can see what each
/// run changed.
/// </summary>
public sealed class DailyJobRun : Entity
{
    public const int SummaryMaxLength = 1000;

    private DailyJobRun() { }

    public DailyJobRun(string name, DateOnly day, DateTime startedAt, DateTime finishedAt, bool succeeded, string summary)
    {
        Name = name;
        Day = day;
        StartedAt = startedAt;
        FinishedAt = finishedAt;
        Succeeded = succeeded;
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary;
    }

    public string Name { get; private set; } = "";
    /// <summary>The day the job ran for (its "today").</summary>
    public DateOnly Day { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime FinishedAt { get; private set; }
    public bool Succeeded { get; private set; }
    public string Summary { get; private set; } = "";
}
