using System.Collections.Concurrent;
using Corridor.Domain.Admission;
using Corridor.Domain.Notifications;
using Corridor.Testing;
using Corridor.Web.Features.Notifications;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Corridor.Web.Tests.Notifications;

/// <summary>The real app with every log line of Information and above kept in <see cref="Logs"/>.</summary>
public sealed class LoggedApp(TestProvider provider) : CorridorAppFactory(provider)
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A rule for this provider outranks the factory's Warning minimum, which keeps the other providers quiet.
        builder.ConfigureLogging(l => l.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Information));
    }
}

public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Lines.Enqueue((category, logLevel, formatter(state, exception)));
    }
}

/// <summary>A channel that is always down.</summary>
public sealed class FailingChannel : INotificationChannel
{
    public Task SendAsync(Notification notification, string text, CancellationToken ct) =>
        throw new HttpRequestException("SMS gateway unreachable");
}

public static class NotificationKit
{
    /// <summary>Runs the reminder job as the scheduler does (own scope, resolved through IDailyJob).</summary>
    public static async Task<string> RemindAsync(this CorridorAppFactory app, DateOnly today)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IDailyJob>().OfType<PermitExpiryReminders>().Single();
        return await job.RunAsync(today, default);
    }

    public static async Task<DeliveryResult> DeliverAsync(this CorridorAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverAsync(default);
    }

    public static Task<List<Notification>> NotificationsAboutAsync(this CorridorAppFactory app, Guid permitId) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.SubjectId == permitId).OrderBy(n => n.CreatedAt).ThenBy(n => n.DedupKey).ToListAsync());

    /// <summary>The reminder period a stored notification was sent for (the third part of its key).</summary>
    public static int Period(this Notification n) => int.Parse(n.DedupKey.Split(':')[2]);

    public static Task ChangePermitAsync(this CorridorAppFactory app, Guid permitId, Action<WorkPermit> change) =>
        app.WithDbAsync(async db =>
        {
            var p = await db.WorkPermits.SingleAsync(x => x.Id == permitId);
            change(p);
            await db.SaveChangesAsync();
        });
}
