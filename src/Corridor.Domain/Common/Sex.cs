namespace Corridor.Domain.Common;

/// <summary>Sex as recorded in the passport; every statistic is disaggregated by it (DESIGN §2.3).</summary>
public enum Sex
{
    Female = 1,
    Male = 2,
}
