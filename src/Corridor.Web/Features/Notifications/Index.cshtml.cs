using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Notifications;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Notifications;

public sealed class NotificationListQuery
{
    [Display(Name = "Recipient")] public RecipientKind? RecipientKind { get; set; }
    [Display(Name = "Recipient id")] public Guid? RecipientId { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>A notification as its reader sees it: the text rendered in the reader's language.</summary>
public sealed record NotificationItem(Guid Id, RecipientKind RecipientKind, Guid RecipientId, string RecipientName, string Topic, Guid SubjectId,
    string Text, string MessageKey, IReadOnlyList<string> Arguments, DateTime CreatedAt, DateTime? DeliveredAt, int Attempts);

public static class NotificationScopes
{
    /// <summary>An employer sees what was sent to it, a worker what was sent to them, officers holding view-all everything.</summary>
    public static IQueryable<Notification> VisibleTo(this IQueryable<Notification> q, CurrentUser user) =>
        user.Can(Permissions.NotificationsViewAll) ? q
        : !user.Can(Permissions.NotificationsView) ? q.Where(_ => false)
        : user.EmployerId is { } employer ? q.Where(n => n.RecipientKind == RecipientKind.Employer && n.RecipientId == employer)
        : user.WorkerId is { } worker ? q.Where(n => n.RecipientKind == RecipientKind.Worker && n.RecipientId == worker)
        : q.Where(_ => false);
}

/// <summary>The inbox: the notifications the caller may see, newest first, rendered in the caller's language.</summary>
public sealed class ListNotifications(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Paged<NotificationItem>> HandleAsync(NotificationListQuery query, CancellationToken ct)
    {
        var q = db.Notifications.AsNoTracking().VisibleTo(user);
        if (query.RecipientKind is { } kind) q = q.Where(n => n.RecipientKind == kind);
        if (query.RecipientId is { } id) q = q.Where(n => n.RecipientId == id);
        var page = await q.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).ToPagedAsync(query.Page, query.PageSize, ct);

        var employerIds = page.Items.Where(n => n.RecipientKind == RecipientKind.Employer).Select(n => n.RecipientId).Distinct().ToList();
        var workerIds = page.Items.Where(n => n.RecipientKind == RecipientKind.Worker).Select(n => n.RecipientId).Distinct().ToList();
        var employers = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var workers = await db.MigrantWorkers.AsNoTracking().Where(w => workerIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => w.WorkerNumber + " · " + w.GivenName + " " + w.FamilyName, ct);

        var items = page.Items.Select(n =>
        {
            var args = n.Arguments;
            var name = (n.RecipientKind == RecipientKind.Employer ? employers : workers).GetValueOrDefault(n.RecipientId) ?? "";
            return new NotificationItem(n.Id, n.RecipientKind, n.RecipientId, name, n.Topic, n.SubjectId,
                l[n.MessageKey, args.Cast<object>().ToArray()].Value, n.MessageKey, args, n.CreatedAt, n.DeliveredAt, n.Attempts);
        }).ToList();
        return new Paged<NotificationItem>(items, page.Page, page.PageSize, page.Total);
    }
}

[Authorize(Policy = Permissions.NotificationsView)]
public sealed class IndexModel(ListNotifications handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public NotificationListQuery Query { get; set; } = new();
    public Paged<NotificationItem> Result { get; private set; } = null!;
    public bool SeesAll => user.Can(Permissions.NotificationsViewAll);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!SeesAll) Query.RecipientKind = null;
        if (!SeesAll) Query.RecipientId = null;
        Result = await handler.HandleAsync(Query, ct);
    }
}
