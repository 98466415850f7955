using System.Security.Claims;
using Corridor.Data.Audit;

namespace Corridor.Web.Infrastructure.Auth;

/// <summary>The signed-in account as handlers need it: roles, permissions and what it owns.</summary>
public sealed class CurrentUser(IHttpContextAccessor http) : IAuditActor
{
    public const string EmployerClaim = "corridor:employer";
    public const string AgencyClaim = "corridor:agency";
    public const string WorkerClaim = "corridor:worker";
    /// <summary>The org unit an officer works in (an inspector's region); none means the whole country.</summary>
    public const string OrgUnitClaim = "corridor:org-unit";

    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    public string Name => IsAuthenticated ? Principal.FindFirstValue(ClaimTypes.Name) ?? "unknown" : "anonymous";
    /// <summary>The account's display name (an organisation's name for employer, agency and social-partner accounts).</summary>
    public string DisplayName => Principal.FindFirstValue("corridor:display-name") is { Length: > 0 } n ? n : Name;
    public Guid? EmployerId => GuidClaim(EmployerClaim);
    public Guid? AgencyId => GuidClaim(AgencyClaim);
    public Guid? WorkerId => GuidClaim(WorkerClaim);
    public Guid? OrgUnitId => GuidClaim(OrgUnitClaim);

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool Can(string permission) =>
        Permissions.ByRole.Any(kv => kv.Value.Contains(permission) && Principal.IsInRole(kv.Key));

    private Guid? GuidClaim(string type) => Guid.TryParse(Principal.FindFirstValue(type), out var id) ? id : null;
}
