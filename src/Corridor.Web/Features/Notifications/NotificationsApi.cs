using Corridor.Web.Infrastructure.Auth;

namespace Corridor.Web.Features.Notifications;

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/notifications").WithTags("Notifications")
            .MapGet("/", async ([AsParameters] NotificationListQuery query, ListNotifications handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(Permissions.NotificationsView)
            .WithName("ListNotifications")
            .WithSummary("Notifications the caller may see (an employer or a worker their own; officers all, filtered by recipient), newest first, one page at a time; the text is in the request's language.");
        return api;
    }
}
