using Corridor.Data;

namespace Corridor.Web.Features.Permits;

/// <summary>
/// The seam for rule PERMIT-LEVY-CURRENT. PLACEHOLDER: the levy module (built in parallel) replaces this
/// with the real check of the employer's levy account; the lead wires it at merge. Until then every
/// employer's account reads as current.
/// </summary>
public static class LevyStatus
{
    public static Task<bool> IsCurrentAsync(CorridorDbContext db, Guid employerId, DateOnly day, CancellationToken ct) =>
        Task.FromResult(true);
}
