using Corridor.Testing;
using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Admission;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Permits;

/// <summary>Issue: work permits — the officers' queue and override, the permit's life, the public /verify page and who sees what.</summary>
public sealed class PermitDecisionAndVerifyTests(SeededApps apps) : IClassFixture<SeededApps>
{
    /// <summary>The app of the provider the running test uses (xunit makes one class instance per test).</summary>
    private CorridorAppFactory app = null!;

    private async Task<(Guid Id, int Version)> ApplicationAsync(HttpClient client, Guid id)
    {
        var a = await (await client.GetAsync($"/api/v1/permits/applications/{id}")).JsonAsync();
        return (id, a.GetProperty("version").GetInt32());
    }

    [DatabaseTheory]
    public async Task Overriding_a_failed_rule_needs_a_justification_and_a_second_officer(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync();
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id, age: 17), await app.VacancyAsync(e.Employer));
        Assert.Equal("Referred", result.Status());
        var id = result.GetProperty("applicationId").GetGuid();
        var first = await app.ApiClientAsync("admission-officer");
        var queue = await (await first.GetAsync("/api/v1/permits/applications/queue")).JsonAsync();
        Assert.Contains(queue.EnumerateArray(), q => q.GetProperty("id").GetGuid() == id);
        var queuePage = await (await app.BrowserClientAsync("admission-officer")).GetHtmlAsync("/permits/queue");
        Assert.NotNull(queuePage.QuerySelector($"a[href='/permits/applications/{id}']"));

        var (_, v) = await ApplicationAsync(first, id);
        var noReason = await first.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "Approve", justification = "", version = v });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("justification", out _));

        var proposed = await first.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision",
            new { action = "Approve", justification = "Turns 18 before arrival; documented by the embassy.", version = v });
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.True((await proposed.JsonAsync()).GetProperty("awaitingSecondOfficer").GetBoolean());

        (_, v) = await ApplicationAsync(first, id);
        var same = await first.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "Approve", version = v });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.WorkPermitApplications.Where(a => a.Id == id).Select(a => a.PermitId).SingleAsync()));

        var secondEmail = await app.AddAccountAsync("admission-officer");
        var second = await app.TokenClientAsync(secondEmail);
        var confirmed = await second.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "Approve", version = v });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await confirmed.JsonAsync();
        Assert.Equal("Approved", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKindString, body.GetProperty("permitNumber").ValueKind);

        var stored = await app.WithDbAsync(db => db.WorkPermitApplications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(CorridorEmail("admission-officer"), stored.DecidedBy);
        Assert.Equal(secondEmail, stored.OverrideSecondOfficer);
        Assert.Equal("Turns 18 before arrival; documented by the embassy.", stored.Justification);
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("permit-application.override-proposed", actions);
        Assert.Contains("permit-application.approved", actions);
    }

    /// <summary>The decide page's form carries the application's stored version (it once carried 0, so every decision through the page was a conflict).</summary>
    [Fact]
    public async Task An_officer_decides_through_the_page_with_the_version_it_shows()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var e = await app.NewPermitEmployerAsync();
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id, age: 17), await app.VacancyAsync(e.Employer));
        Assert.Equal("Referred", result.Status());
        var id = result.GetProperty("applicationId").GetGuid();
        var stored = await app.WithDbAsync(db => db.WorkPermitApplications.AsNoTracking().SingleAsync(a => a.Id == id));
        var officer = await app.BrowserClientAsync("admission-officer");
        var page = await officer.GetHtmlAsync($"/permits/applications/{id}");
        var shown = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value");
        Assert.Equal(stored.Version.ToString(), shown);

        var posted = await Corridor.Testing.CorridorAppFactory.PostFormAsync(officer, $"/permits/applications/{id}", new()
        {
            ["Input.Version"] = shown!, ["Input.Action"] = "RequestInformation", ["Input.Justification"] = "Send the birth certificate.",
        });
        Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, posted.StatusCode.ToString());
        var after = await app.WithDbAsync(db => db.WorkPermitApplications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(PermitApplicationStatus.InformationRequested, after.Status);
        Assert.Equal(stored.Version + 1, after.Version);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindString = System.Text.Json.JsonValueKind.String;
    private static string CorridorEmail(string role) => Corridor.Testing.CorridorAppFactory.EmailOf(role);

    [DatabaseTheory]
    public async Task Refuse_and_request_information_need_reasons(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var e = await app.NewPermitEmployerAsync();
        var result = await e.AppliedAsync(await app.WorkerAsync(e.Employer.Id, age: 40), await app.VacancyAsync(e.Employer));
        var id = result.GetProperty("applicationId").GetGuid();
        var officer = await app.ApiClientAsync("admission-officer");
        var (_, v) = await ApplicationAsync(officer, id);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await officer.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "Refuse", justification = " ", version = v })).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await officer.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "RequestInformation", justification = "Send the birth certificate.", version = v })).StatusCode);
        (_, v) = await ApplicationAsync(officer, id);
        Assert.Equal(HttpStatusCode.OK,
            (await officer.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "Refuse", justification = "Over the age limit.", version = v })).StatusCode);
        Assert.Equal(PermitApplicationStatus.Refused, await app.WithDbAsync(db => db.WorkPermitApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        (_, v) = await ApplicationAsync(officer, id);
        Assert.Equal(HttpStatusCode.Conflict,
            (await officer.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "Approve", justification = "x", version = v })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await e.Client.PostAsJsonAsync($"/api/v1/permits/applications/{id}/decision", new { action = "Approve", justification = "x", version = v })).StatusCode);
    }

    [DatabaseTheory]
    public async Task The_permit_moves_issued_to_active_to_cancelled_and_refuses_invalid_moves(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var (_, _, permit) = await app.IssuedPermitAsync();
        var officer = await app.ApiClientAsync("admission-officer");
        var activated = await officer.PostAsJsonAsync($"/api/v1/permits/{permit.Id}/activate", new { version = permit.Version });
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        var version = (await activated.JsonAsync()).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/permits/{permit.Id}/activate", new { version })).StatusCode);
        var noReason = await officer.PostAsJsonAsync($"/api/v1/permits/{permit.Id}/cancel", new { reason = "", version });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/permits/{permit.Id}/cancel", new { reason = "Contract ended early.", version })).StatusCode);
        var after = await app.PermitAsync(permit.Id);
        Assert.Equal(PermitStatus.Cancelled, after.Status);
        Assert.Equal("Contract ended early.", after.CancellationReason);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/permits/{permit.Id}/cancel", new { reason = "Again.", version = after.Version })).StatusCode);
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.EntityId == permit.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("permit.activated", actions);
        Assert.Contains("permit.cancelled", actions);
    }

    [DatabaseTheory]
    public async Task Verify_is_anonymous_and_shows_initials_and_status_only(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var (_, worker, permit) = await app.IssuedPermitAsync();
        var anonymous = app.AnonymousClient();
        var response = await anonymous.GetAsync($"/verify/{permit.VerificationCode}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("D. Y.", doc.QuerySelector("#verify-initials")!.TextContent.Trim());
        Assert.Contains("Issued", doc.QuerySelector("#verify-status")!.TextContent);
        Assert.Contains(permit.Number, html);
        foreach (var secret in new[] { PermitKit.GivenName, PermitKit.FamilyName, worker.PassportNumber, worker.DateOfBirth.ToString("yyyy-MM-dd"), worker.WorkerNumber })
            Assert.DoesNotContain(secret, html);

        var api = await anonymous.GetAsync($"/api/v1/verify/{permit.VerificationCode}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var json = await api.Content.ReadAsStringAsync();
        Assert.Contains("\"workerInitials\":\"D. Y.\"", json);
        foreach (var secret in new[] { PermitKit.GivenName, PermitKit.FamilyName, worker.PassportNumber, worker.DateOfBirth.ToString("yyyy-MM-dd") })
            Assert.DoesNotContain(secret, json);

        var unknown = await anonymous.GetAsync("/verify/no-such-code-at-all-xxxxxxxx");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No such permit", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/verify/no-such-code-at-all-xxxxxxxx")).StatusCode);
    }

    [DatabaseTheory]
    public async Task Verify_reads_expired_past_the_end_before_the_status_flips(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var (_, _, permit) = await app.IssuedPermitAsync();
        var yesterday = app.Today().AddDays(-1);
        await app.WithDbAsync(db => db.WorkPermits.Where(p => p.Id == permit.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ValidUntil, yesterday)));
        var doc = await app.AnonymousClient().GetHtmlAsync($"/verify/{permit.VerificationCode}");
        Assert.Contains("Expired", doc.QuerySelector("#verify-status")!.TextContent);
        Assert.Equal(PermitStatus.Issued, (await app.PermitAsync(permit.Id)).Status);
    }

    [DatabaseTheory]
    public async Task Employers_see_their_own_permits_and_workers_their_own(TestProvider provider)
    {
        app = await apps.GetAsync(provider);
        var (mine, worker, permit) = await app.IssuedPermitAsync();
        var (_, _, theirs) = await app.IssuedPermitAsync();
        var list = await (await mine.Client.GetAsync("/api/v1/permits?pageSize=200")).JsonAsync();
        Assert.Equal([permit.Id], list.Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.GetAsync($"/api/v1/permits/{theirs.Id}")).StatusCode);
        var demoEmployer = await app.BrowserClientAsync("employer");
        Assert.Equal(HttpStatusCode.NotFound, (await demoEmployer.GetAsync($"/permits/{theirs.Id}/print")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoEmployer.GetAsync($"/permits/{theirs.Id}")).StatusCode);

        var workerEmail = await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id);
        var workerClient = await app.TokenClientAsync(workerEmail);
        var own = await (await workerClient.GetAsync("/api/v1/permits")).JsonAsync();
        Assert.Equal([permit.Id], own.Ids());
        Assert.Equal(HttpStatusCode.OK, (await workerClient.GetAsync($"/api/v1/permits/{permit.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync($"/api/v1/permits/{theirs.Id}")).StatusCode);

        var officerClient = await app.ApiClientAsync("admission-officer");
        var officer = await (await officerClient.GetAsync("/api/v1/permits?pageSize=200")).JsonAsync();
        Assert.Contains(permit.Id, officer.Ids());
        Assert.Contains(theirs.Id, officer.Ids());
    }

    [Fact]
    public async Task The_pages_render_for_their_roles()
    {
        app = await apps.GetAsync(TestProvider.Sqlite);
        var (_, _, permit) = await app.IssuedPermitAsync();
        var officer = await app.BrowserClientAsync("admission-officer");
        var list = await officer.GetHtmlAsync("/permits");
        Assert.NotNull(list.QuerySelector("nav a[href='/permits']"));
        Assert.NotNull(list.QuerySelector($"a[href='/permits/{permit.Id}']"));
        var print = await officer.GetHtmlAsync($"/permits/{permit.Id}/print");
        Assert.StartsWith("data:image/png;base64,", print.QuerySelector("#permit-qr")!.GetAttribute("src"));
        Assert.Contains($"/verify/{permit.VerificationCode}", print.Body!.TextContent);
        var employer = await app.BrowserClientAsync("employer");
        Assert.NotNull((await employer.GetHtmlAsync("/permits/apply")).QuerySelector("form select[name='Input.VacancyId']"));
    }
}
