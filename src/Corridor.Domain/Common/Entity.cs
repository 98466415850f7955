namespace Corridor.Domain.Common;

/// <summary>
/// Base of every stored record. Ids are made by the application (UUID v7, time-ordered) so SQLite and
/// PostgreSQL behave alike and imports can create ids offline. <see cref="Version"/> is an
/// app-managed optimistic-concurrency counter, incremented on every save of a modified record.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A rule of the domain was broken; <see cref="Field"/> names the input at fault when there is one.</summary>
public sealed class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
