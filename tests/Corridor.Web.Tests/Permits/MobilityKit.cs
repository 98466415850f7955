using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Features.Permits;
using Corridor.Web.Infrastructure.Jobs;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Permits;

/// <summary>An active permit with the employer's and the worker's own clients.</summary>
public sealed record ActivePermit(PermitEmployer Employer, MigrantWorker Worker, WorkPermit Permit, HttpClient WorkerClient, string WorkerEmail);

/// <summary>Helpers for change of employer, renewal and expiry: active permits, employer flags, requests.</summary>
public static class MobilityKit
{
    public static async Task<ActivePermit> ActivePermitAsync(this CorridorAppFactory app)
    {
        var (e, worker, permit) = await app.IssuedPermitAsync();
        await app.WithDbAsync(async db =>
        {
            var p = await db.WorkPermits.SingleAsync(x => x.Id == permit.Id);
            p.Activate(app.Today());
            await db.SaveChangesAsync();
        });
        var email = await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id);
        return new ActivePermit(e, worker, await app.PermitAsync(permit.Id), await app.TokenClientAsync(email), email);
    }

    public static Task FlagAsync(this CorridorAppFactory app, Guid employerId, EmployerFlagKind kind) =>
        app.WithDbAsync(async db =>
        {
            db.EmployerFlags.Add(new EmployerFlag(employerId, kind, app.Today().AddDays(-10), "Finding by the labour inspectorate.", count: kind == EmployerFlagKind.WageArrears ? 1 : null));
            await db.SaveChangesAsync();
        });

    public static Task<HttpResponseMessage> FileChangeAsync(this HttpClient client, Guid permitId, string? ground, string? statement = "My employer has not paid me.", int? unpaidMonths = null) =>
        client.PostAsJsonAsync($"/api/v1/permits/{permitId}/employer-changes", new { ground, statement, unpaidMonths });

    public static Task<HttpResponseMessage> DecideChangeAsync(this HttpClient client, Guid changeId, string action, string? reason, int version) =>
        client.PostAsJsonAsync($"/api/v1/permits/employer-changes/{changeId}/decision", new { action, reason, version });

    public static async Task<JsonElement> ChangeAsync(this HttpClient client, Guid changeId) =>
        await (await client.GetAsync($"/api/v1/permits/employer-changes/{changeId}")).JsonAsync();

    public static Task<EmployerChange> StoredChangeAsync(this CorridorAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.EmployerChanges.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<List<string>> ActionsAsync(this CorridorAppFactory app, Guid entityId) =>
        app.WithDbAsync(db => db.AuditEvents.Where(a => a.EntityId == entityId.ToString()).Select(a => a.Action).ToListAsync());

    /// <summary>A cookie client signed in as <paramref name="email"/> through the real sign-in form.</summary>
    public static async Task<HttpClient> BrowserAsync(this CorridorAppFactory app, string email)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await CorridorAppFactory.PostFormAsync(client, "/account/login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = CorridorAppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<string> RunExpiryAsync(this CorridorAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IDailyJob>().OfType<ExpirePermits>().Single();
        return await job.RunAsync(app.Today(), CancellationToken.None);
    }
}
