using System.Globalization;
using Corridor.Data;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Shared;

/// <summary>
/// The administrative tree as forms and filters need it. Records refer to a unit by its public code
/// (e.g. KZ-AKM-01) in forms and the API, and by its id in the database.
/// </summary>
public sealed class OrgUnitDirectory(CorridorDbContext db, IStringLocalizer<SharedResource> l)
{
    private static string Culture => CultureInfo.CurrentUICulture.Name;
    public static bool Russian => Culture.StartsWith("ru", StringComparison.Ordinal);

    /// <summary>
    /// Districts (the leaves of the tree) grouped under their region. With <paramref name="wholeRegions"/>
    /// each group starts with the region itself, for filters that mean "anywhere in this region".
    /// </summary>
    public async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(bool wholeRegions = false, CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var byId = units.ToDictionary(u => u.Id);
        var parents = units.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value).ToHashSet();
        var compare = StringComparer.Create(CultureInfo.CurrentUICulture, true);
        var items = new List<SelectListItem>();
        foreach (var family in units.Where(u => !parents.Contains(u.Id)).GroupBy(u => u.ParentId)
                     .OrderBy(f => f.Key is { } p ? byId[p].DisplayName(Culture) : "", compare))
        {
            var region = family.Key is { } p ? byId[p] : null;
            var group = region is null ? null : new SelectListGroup { Name = region.DisplayName(Culture) };
            if (wholeRegions && region is not null)
                items.Add(new SelectListItem(l["{0} — all", region.DisplayName(Culture)], region.Code) { Group = group });
            items.AddRange(family.OrderBy(u => u.DisplayName(Culture), compare)
                .Select(u => new SelectListItem(u.DisplayName(Culture), u.Code) { Group = group }));
        }
        return items;
    }

    /// <summary>The unit's id; an empty code is no unit (the form's own rules decide whether one is required).</summary>
    public async Task<(Guid? Id, Failure? Failure)> ResolveAsync(string? code, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return (null, null);
        var trimmed = code.Trim().ToUpperInvariant();
        var id = await db.OrgUnits.Where(u => u.Code == trimmed).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        return id is null ? (null, Failure.Invalid(field, l["No district or region has this code."])) : (id, null);
    }

    public async Task<string?> CodeOfAsync(Guid? id, CancellationToken ct) =>
        id is null ? null : await db.OrgUnits.Where(u => u.Id == id).Select(u => u.Code).FirstOrDefaultAsync(ct);

    /// <summary>"District, Region" in the reader's language.</summary>
    public async Task<string?> NameOfAsync(Guid? id, CancellationToken ct)
    {
        if (id is null) return null;
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null) return null;
        var parent = unit.Level > 2 ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unit.ParentId, ct) : null;
        return parent is null ? unit.DisplayName(Culture) : $"{unit.DisplayName(Culture)}, {parent.DisplayName(Culture)}";
    }

    /// <summary>
    /// Ids of the unit with this code and every unit below it (one prefix match on the materialised
    /// path); no ids when the code is unknown.
    /// </summary>
    public async Task<IQueryable<Guid>> WithinAsync(string code, CancellationToken ct)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        var path = await db.OrgUnits.Where(u => u.Code == trimmed).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is null ? db.OrgUnits.Where(_ => false).Select(u => u.Id) : db.OrgUnits.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
    }
}
