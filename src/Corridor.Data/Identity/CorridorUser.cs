using Microsoft.AspNetCore.Identity;

namespace Corridor.Data.Identity;

/// <summary>
/// A person or system that signs in. The optional links say whose data the account owns: an employer
/// account sees only its employer and that employer's workers, a worker account only its own record.
/// </summary>
public sealed class CorridorUser : IdentityUser<Guid>
{
    public CorridorUser() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public Guid? EmployerId { get; set; }
    public Guid? AgencyId { get; set; }
    public Guid? WorkerId { get; set; }
    /// <summary>Officers are scoped to an org unit and everything under it; null means the whole country.</summary>
    public Guid? OrgUnitId { get; set; }
    public string? PreferredCulture { get; set; }
    public int Version { get; set; }
}

public sealed class CorridorRole : IdentityRole<Guid>
{
    public CorridorRole() => Id = Guid.CreateVersion7();
    public CorridorRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
