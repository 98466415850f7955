using System.Net;
using Corridor.Domain.Notifications;
using Corridor.Testing;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corridor.Web.Tests.Notifications;

/// <summary>The inbox: an employer and a worker see their own notifications, officers all; in the reader's language.</summary>
public sealed class NotificationInboxTests
{
    private static async Task<HttpClient> SignedInAsync(CorridorAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await CorridorAppFactory.PostFormAsync(client, "/account/login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = CorridorAppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [DatabaseTheory]
    public async Task Employers_and_workers_see_only_their_own_notifications_officers_all(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        var (owner, worker, permit) = await app.IssuedPermitAsync();
        var other = await app.NewPermitEmployerAsync();
        var workerEmail = await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id);
        await app.RemindAsync(permit.ValidUntil.AddDays(-30));

        var own = await (await owner.Client.GetAsync("/api/v1/notifications")).JsonAsync();
        var item = Assert.Single(own.GetProperty("items").EnumerateArray());
        Assert.Equal("Employer", item.GetProperty("recipientKind").GetString());
        Assert.Equal(permit.Id, item.GetProperty("subjectId").GetGuid());
        Assert.Contains(permit.Number, item.GetProperty("text").GetString());

        var othersView = await (await other.Client.GetAsync("/api/v1/notifications")).JsonAsync();
        Assert.Equal(0, othersView.GetProperty("total").GetInt32());
        // An employer cannot widen its view with the officers' filter.
        var widened = await (await other.Client.GetAsync($"/api/v1/notifications?recipientKind=Employer&recipientId={owner.Employer.Id}")).JsonAsync();
        Assert.Equal(0, widened.GetProperty("total").GetInt32());

        var workerClient = await app.TokenClientAsync(workerEmail);
        var mine = await (await workerClient.GetAsync("/api/v1/notifications")).JsonAsync();
        var w = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal("Worker", w.GetProperty("recipientKind").GetString());
        Assert.Equal(worker.Id, w.GetProperty("recipientId").GetGuid());

        var admin = await app.ApiClientAsync("admin");
        var filtered = await (await admin.GetAsync($"/api/v1/notifications?recipientKind=Worker&recipientId={worker.Id}")).JsonAsync();
        Assert.Equal(w.GetProperty("id").GetGuid(), Assert.Single(filtered.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var officer = await app.ApiClientAsync("admission-officer");
        var all = await (await officer.GetAsync($"/api/v1/notifications?pageSize=200")).JsonAsync();
        Assert.Contains(all.GetProperty("items").EnumerateArray(), n => n.GetProperty("subjectId").GetGuid() == permit.Id && n.GetProperty("recipientKind").GetString() == "Employer");

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("analyst")).GetAsync("/api/v1/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/v1/notifications")).StatusCode);

        // The page, in the reader's language.
        var ownerPage = await SignedInAsync(app, owner.Email);
        var en = await ownerPage.GetHtmlAsync("/notifications");
        Assert.Contains($"Work permit {permit.Number} of worker {worker.WorkerNumber} expires on", en.QuerySelector("main")!.TextContent);
        Assert.NotNull(en.QuerySelector("nav a[href='/notifications']"));
        var ru = await ownerPage.GetHtmlAsync("/notifications?culture=ru&ui-culture=ru");
        Assert.Contains($"Срок действия разрешения на работу {permit.Number} работника {worker.WorkerNumber} истекает", ru.QuerySelector("main")!.TextContent);
        var otherPage = await SignedInAsync(app, other.Email);
        Assert.DoesNotContain(permit.Number, (await otherPage.GetHtmlAsync("/notifications")).QuerySelector("main")!.TextContent);
        var officerPage = await app.BrowserClientAsync("admission-officer");
        var officerHtml = await officerPage.GetHtmlAsync($"/notifications?Query.RecipientKind=Worker&Query.RecipientId={worker.Id}");
        Assert.Contains($"Your work permit {permit.Number} expires on", officerHtml.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("of worker", officerHtml.QuerySelector("main")!.TextContent);
    }
}
