using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Shared;

/// <summary>
/// How a form's changes are stored, the same for every registry: a rule the entity guards becomes a
/// field error, and a save based on a version someone else has replaced is refused, never silently lost.
/// </summary>
public static class Saving
{
    /// <summary>Stores the record <paramref name="create"/> makes; returns its id.</summary>
    public static async Task<Outcome<Guid>> SaveNewAsync<TEntity>(this CorridorDbContext db, Func<TEntity> create,
        IStringLocalizer l, CancellationToken ct) where TEntity : Entity
    {
        try
        {
            var entity = create();
            db.Add(entity);
            await db.SaveChangesAsync(ct);
            return entity.Id;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]); // domain messages are English keys of the resource file
        }
        catch (DbUpdateException e) when (db.PropertyOf(e) is { } field)
        {
            return Failure.Invalid(field, l["Another record with this value was saved a moment ago."]);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the record as of <paramref name="version"/>; returns the new version.</summary>
    public static async Task<Outcome<int>> SaveEditAsync<TEntity>(this CorridorDbContext db, TEntity entity, int version,
        Action<TEntity> change, IStringLocalizer l, CancellationToken ct) where TEntity : Entity
    {
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        try
        {
            change(entity);
            await db.SaveChangesAsync(ct);
            return entity.Version;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]); // domain messages are English keys of the resource file
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && db.PropertyOf(e) is { } field)
        {
            return Failure.Invalid(field, l["Another record with this value was saved a moment ago."]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}
