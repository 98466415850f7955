using System.Net;
using Corridor.Domain.Notifications;
using Corridor.Testing;
using Corridor.Web.Features.Notifications;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Web.Tests.Notifications;

/// <summary>Issue 3: expiry reminders to employer and worker at 90, 30 and 7 days, through the outbox.</summary>
public sealed class PermitExpiryReminderTests
{
    private static async Task<LoggedApp> AppAsync(TestProvider provider)
    {
        var app = new LoggedApp(provider);
        await app.SeedAsync(AppExtensions.Small);
        return app;
    }

    [DatabaseTheory]
    public async Task Reminders_go_to_employer_and_worker_at_90_30_and_7_days_once_each(TestProvider provider)
    {
        using var app = await AppAsync(provider);
        var (e, worker, permit) = await app.IssuedPermitAsync();
        var end = permit.ValidUntil;

        await app.RemindAsync(end.AddDays(-91));
        Assert.Empty(await app.NotificationsAboutAsync(permit.Id));

        await app.RemindAsync(end.AddDays(-90));
        var at90 = await app.NotificationsAboutAsync(permit.Id);
        Assert.Equal(2, at90.Count);
        var toEmployer = Assert.Single(at90, n => n.RecipientKind == RecipientKind.Employer);
        var toWorker = Assert.Single(at90, n => n.RecipientKind == RecipientKind.Worker);
        Assert.Equal(e.Employer.Id, toEmployer.RecipientId);
        Assert.Equal(worker.Id, toWorker.RecipientId);
        Assert.All(at90, n => Assert.Equal(90, n.Period()));
        Assert.All(at90, n => Assert.Equal(PermitExpiryReminders.Topic, n.Topic));
        Assert.Equal($"Your work permit {permit.Number} expires on {end:yyyy-MM-dd}, in 90 days.", toWorker.EnglishText());
        Assert.Equal($"Work permit {permit.Number} of worker {worker.WorkerNumber} expires on {end:yyyy-MM-dd}, in 90 days.", toEmployer.EnglishText());

        // The same day again, and the days before the next period, add nothing.
        var rerun = await app.RemindAsync(end.AddDays(-90));
        Assert.StartsWith("0 reminder(s) queued", rerun);
        await app.RemindAsync(end.AddDays(-31));
        Assert.Equal(2, (await app.NotificationsAboutAsync(permit.Id)).Count);

        await app.RemindAsync(end.AddDays(-30));
        await app.RemindAsync(end.AddDays(-30));
        await app.RemindAsync(end.AddDays(-7));
        await app.RemindAsync(end.AddDays(-6));
        var all = await app.NotificationsAboutAsync(permit.Id);
        Assert.Equal([7, 7, 30, 30, 90, 90], all.Select(n => n.Period()).Order());
        Assert.Equal(3, all.Count(n => n.RecipientKind == RecipientKind.Worker));
        Assert.Equal(all.Count, all.Select(n => n.DedupKey).Distinct().Count());
    }

    [DatabaseTheory]
    public async Task A_permit_first_seen_at_6_days_gets_only_the_7_day_reminder_and_ended_permits_none(TestProvider provider)
    {
        using var app = await AppAsync(provider);
        var (_, _, late) = await app.IssuedPermitAsync();
        var (_, _, cancelled) = await app.IssuedPermitAsync();
        var (_, _, expired) = await app.IssuedPermitAsync();
        await app.ChangePermitAsync(cancelled.Id, p => p.Cancel("The worker went home.", app.Today()));
        await app.ChangePermitAsync(expired.Id, p => p.Expire(p.ValidUntil.AddDays(1)));

        await app.RemindAsync(late.ValidUntil.AddDays(-6));
        var sent = await app.NotificationsAboutAsync(late.Id);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, n => Assert.Equal(7, n.Period()));
        Assert.Contains("in 6 days", sent[0].EnglishText());

        foreach (var day in new[] { -90, -30, -7, -1, 0 })
        {
            await app.RemindAsync(cancelled.ValidUntil.AddDays(day));
            await app.RemindAsync(expired.ValidUntil.AddDays(day));
        }
        Assert.Empty(await app.NotificationsAboutAsync(cancelled.Id));
        Assert.Empty(await app.NotificationsAboutAsync(expired.Id));

        // Past its end, a permit still stored as issued reads expired: no reminder either.
        var (_, _, lapsed) = await app.IssuedPermitAsync();
        await app.RemindAsync(lapsed.ValidUntil.AddDays(1));
        Assert.Empty(await app.NotificationsAboutAsync(lapsed.Id));
    }

    [DatabaseTheory]
    public async Task Delivery_marks_the_notification_delivered_and_logs_it(TestProvider provider)
    {
        using var app = await AppAsync(provider);
        var (_, worker, permit) = await app.IssuedPermitAsync();
        await app.RemindAsync(permit.ValidUntil.AddDays(-30));

        var result = await app.DeliverAsync();
        Assert.True(result.Delivered >= 2, $"{result}");
        var sent = await app.NotificationsAboutAsync(permit.Id);
        Assert.All(sent, n =>
        {
            Assert.NotNull(n.DeliveredAt);
            Assert.Equal(1, n.Attempts);
            Assert.Null(n.NextAttemptAt);
        });
        var toWorker = sent.Single(n => n.RecipientKind == RecipientKind.Worker);
        var line = Assert.Single(app.Logs.Lines, l => l.Category == typeof(LogNotificationChannel).FullName && l.Message.Contains(toWorker.Id.ToString()));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal($"Notification {toWorker.Id} to Worker {worker.Id}: Your work permit {permit.Number} expires on {permit.ValidUntil:yyyy-MM-dd}, in 30 days.", line.Message);

        // Delivered rows are not sent again.
        var before = app.Logs.Lines.Count(l => l.Category == typeof(LogNotificationChannel).FullName);
        Assert.Equal(0, (await app.DeliverAsync()).Delivered);
        Assert.Equal(before, app.Logs.Lines.Count(l => l.Category == typeof(LogNotificationChannel).FullName));
        // Each delivery is a change of the row, so it is in the audit trail.
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.AuditEvents.Count(a => a.EntityId == toWorker.Id.ToString()))) >= 2);
    }

    [DatabaseTheory]
    public async Task A_failing_channel_leaves_the_notification_undelivered_with_the_error_and_retries_later(TestProvider provider)
    {
        using var app = await AppAsync(provider);
        var (_, _, permit) = await app.IssuedPermitAsync();
        await app.RemindAsync(permit.ValidUntil.AddDays(-7));

        await app.WithDbAsync(async db =>
        {
            var failing = new OutboxDelivery(db, new FailingChannel(), app.Clock, NullLogger<OutboxDelivery>.Instance);
            var result = await failing.DeliverAsync(default);
            Assert.True(result.Failed >= 2 && result.Delivered == 0, $"{result}");
        });
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var failed = await app.NotificationsAboutAsync(permit.Id);
        Assert.Equal(2, failed.Count);
        Assert.All(failed, n =>
        {
            Assert.Null(n.DeliveredAt);
            Assert.Equal(1, n.Attempts);
            Assert.Equal("HttpRequestException: SMS gateway unreachable", n.LastError);
            Assert.True(n.NextAttemptAt > now, "a failed row waits before the next attempt");
        });

        // Not due yet: the working channel leaves it alone; once the pause is over it is delivered.
        await app.DeliverAsync();
        Assert.All(await app.NotificationsAboutAsync(permit.Id), n => Assert.Null(n.DeliveredAt));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.DeliverAsync();
        Assert.All(await app.NotificationsAboutAsync(permit.Id), n =>
        {
            Assert.NotNull(n.DeliveredAt);
            Assert.Equal(2, n.Attempts);
            Assert.Null(n.LastError);
        });
    }
}
