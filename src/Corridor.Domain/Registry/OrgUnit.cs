using Corridor.Domain.Common;

namespace Corridor.Domain.Registry;

/// <summary>
/// A node of the administrative tree (country → region → district), DHIS2 style: a materialised
/// <see cref="Path"/> of codes lets "everything under this region" be one indexed prefix query.
/// </summary>
public sealed class OrgUnit : Entity
{
    private OrgUnit() { }

    public OrgUnit(string code, string name, string nameRu, OrgUnit? parent)
    {
        Code = code;
        Name = name;
        NameRu = nameRu;
        ParentId = parent?.Id;
        Level = parent is null ? 1 : parent.Level + 1;
        Path = (parent?.Path ?? "/") + code + "/";
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameRu { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    public int Level { get; private set; }
    public string Path { get; private set; } = "";

    public string DisplayName(string culture) => culture.StartsWith("ru", StringComparison.Ordinal) ? NameRu : Name;
}
