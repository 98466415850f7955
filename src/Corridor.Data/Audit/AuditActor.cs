namespace Corridor.Data.Audit;

/// <summary>Who the audit trail names for changes saved in the current scope.</summary>
public interface IAuditActor
{
    Guid? UserId { get; }
    string Name { get; }
}

/// <summary>The actor for command-line jobs, seeding and migrations.</summary>
public sealed class SystemActor(string name = "system") : IAuditActor
{
    public Guid? UserId => null;
    public string Name { get; } = name;
}
