namespace Corridor.Web.Infrastructure.Http;

/// <summary>One page of a list. Pages are 1-based; the page size is capped so no request can ask for everything.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public const int MaxPageSize = 200;
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < Pages;
}

public static class Paging
{
    public static (int Page, int PageSize) Clamp(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 25, 1, Paged<object>.MaxPageSize));
}

public static class PagingQueries
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = Paging.Clamp(page, pageSize);
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip((p - 1) * size).Take(size), ct);
        return new Paged<T>(items, p, size, total);
    }
}
