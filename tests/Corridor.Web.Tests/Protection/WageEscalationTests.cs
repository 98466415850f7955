using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Domain.Protection;
using Corridor.Testing;
using Corridor.Web.Features.Protection.Payroll;
using Corridor.Web.Infrastructure.Jobs;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Protection;

/// <summary>The escalation ladder with a moved clock, compliance through the API, ownership and the worker's payslips.</summary>
public sealed class WageEscalationTests
{
    private static async Task<string> RunLadderAsync(CorridorAppFactory app, DateOnly day)
    {
        // The clock only moves forward; the job works for the day it is given.
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (at > app.Clock.GetUtcNow()) app.Clock.SetUtcNow(at);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetServices<IDailyJob>().OfType<WageEscalationJob>().Single().RunAsync(day, default);
    }

    private static Task<List<EscalationStep>> StepsAsync(CorridorAppFactory app, PayrollFixture f) =>
        app.WithDbAsync(async db => (await db.WageEscalations.AsNoTracking().Where(s => s.EmployerId == f.EmployerId && s.Period == f.Period)
            .Select(s => s.Step).ToListAsync()).Order().ToList());

    [DatabaseTheory]
    public async Task The_ladder_climbs_on_the_policy_days_and_stops_when_the_month_becomes_compliant(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 2);
        var silent = await PayrollKit.PrepareAsync(app, workers: 1);
        var due = f.Period.AddMonths(1).AddDays(-1).AddDays(15);
        // One of two workers paid late: 50 % paid in full and on time, below 90 %.
        var late = await PayrollKit.ImportAsync(app, PayrollKit.File(f.Pay(f.Workers[0]), f.Pay(f.Workers[1]) with { PaymentDate = due.AddDays(1) }));
        Assert.True(late.Stored);

        await RunLadderAsync(app, due.AddDays(2));
        Assert.Empty(await StepsAsync(app, f));
        await RunLadderAsync(app, due.AddDays(3));
        Assert.Equal([EscalationStep.FirstReminder], await StepsAsync(app, f));
        // The employer that filed nothing: every worker unpaid, recorded once.
        Assert.Equal([EscalationStep.FirstReminder], await StepsAsync(app, silent));
        Assert.Equal([silent.Workers[0].Id], await app.WithDbAsync(db => db.PayrollAlerts.AsNoTracking()
            .Where(a => a.EmployerId == silent.EmployerId && a.RuleId == "WPS-UNPAID" && a.BatchId == null).Select(a => a.WorkerId!.Value).ToListAsync()));

        await RunLadderAsync(app, due.AddDays(17));
        await RunLadderAsync(app, due.AddDays(17)); // safe to repeat
        Assert.Equal([EscalationStep.FirstReminder, EscalationStep.SecondReminder, EscalationStep.PermitSuspension], await StepsAsync(app, f));
        var flag = await app.WithDbAsync(db => db.EmployerFlags.AsNoTracking().SingleAsync(x => x.EmployerId == f.EmployerId && x.Kind == EmployerFlagKind.Watchlist));
        Assert.True(flag.IsOpenOn(due.AddDays(17)));
        Assert.Equal(1, await app.WithDbAsync(db => db.PayrollAlerts.CountAsync(a => a.EmployerId == silent.EmployerId && a.BatchId == null)));
        // Each step is audited and notified to the employer.
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == nameof(WageEscalation) && e.Data.Contains(f.EmployerId.ToString()))));
        Assert.Equal(3, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == f.EmployerId && n.Topic == WageEscalationJob.Topic)));

        var officer = await app.ApiClientAsync("inspector");
        var before = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/payroll/compliance?employerId={f.EmployerId}&month={f.Month}");
        Assert.Equal((false, 2, 1), (before.GetProperty("compliant").GetBoolean(), before.GetProperty("workers").GetInt32(), before.GetProperty("paidInFull").GetInt32()));
        Assert.Equal(["first reminder", "second reminder", "new permits suspended"], before.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));

        // A corrected file for the month replaces the first: both paid on time; the ladder stops and the suspension is lifted.
        Assert.True((await PayrollKit.ImportAsync(app, PayrollKit.File(f.Pay(f.Workers[0]), f.Pay(f.Workers[1])))).Stored);
        await RunLadderAsync(app, due.AddDays(20));
        await RunLadderAsync(app, due.AddDays(30));
        Assert.Equal([EscalationStep.FirstReminder, EscalationStep.SecondReminder, EscalationStep.PermitSuspension, EscalationStep.Resolved],
            await StepsAsync(app, f));
        Assert.False((await app.WithDbAsync(db => db.EmployerFlags.AsNoTracking().SingleAsync(x => x.Id == flag.Id))).IsOpenOn(due.AddDays(30)));
        // The silent employer climbs on.
        Assert.Contains(EscalationStep.InspectionRequested, await StepsAsync(app, silent));
        // A fresh token: the clock moved past the first one's lifetime.
        officer = await app.ApiClientAsync("inspector");
        var after = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/payroll/compliance?employerId={f.EmployerId}&month={f.Month}");
        Assert.True(after.GetProperty("compliant").GetBoolean());
    }

    private static async Task<HttpClient> ClientForAsync(CorridorAppFactory app, string email)
    {
        var client = app.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = CorridorAppFactory.Password })).JsonAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        return client;
    }

    [Fact]
    public async Task The_api_takes_a_csv_body_or_multipart_and_employers_see_only_their_own()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var me = await app.AccountAsync("employer");
        var f = await PayrollKit.PrepareAsync(app, workers: 1, existingEmployer: me.EmployerId);
        var other = await PayrollKit.PrepareAsync(app, workers: 1);
        var employer = await app.ApiClientAsync("employer");
        var before = await PayrollKit.CountsAsync(app);
        var filesBefore = (await employer.GetFromJsonAsync<JsonElement>("/api/v1/payroll/files")).GetProperty("total").GetInt32();

        // Someone else's lines: 400 with the line and column, nothing stored.
        var foreign = await employer.PostAsync("/api/v1/payroll/files", new StringContent(PayrollKit.File(other.Pay(other.Workers[0])), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        var rejected = await foreign.JsonAsync();
        Assert.False(rejected.GetProperty("stored").GetBoolean());
        var error = rejected.GetProperty("errors")[0];
        Assert.Equal((2, 1), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.Equal(before, await PayrollKit.CountsAsync(app));

        var own = await employer.PostAsync("/api/v1/payroll/files", new StringContent(PayrollKit.File(f.Pay(f.Workers[0])), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var mine = (await own.JsonAsync()).GetProperty("batchId").GetGuid();

        var inspector = await app.ApiClientAsync("inspector");
        var multipart = new MultipartFormDataContent { { new StringContent(PayrollKit.File(other.Pay(other.Workers[0]) with { Deductions = [("levy", 1_000m)] })), "file", "other.csv" } };
        var batch = await inspector.PostAsync("/api/v1/payroll/files", multipart);
        Assert.Equal(HttpStatusCode.Created, batch.StatusCode);
        var stored = await batch.JsonAsync();
        var theirs = stored.GetProperty("batchId").GetGuid();
        Assert.Equal(1, stored.GetProperty("alerts").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/api/v1/payroll/files/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/payroll/files/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/payroll/files/{theirs}/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/payroll/compliance?employerId={other.EmployerId}&month={f.Month}")).StatusCode);
        var alerts = await inspector.GetFromJsonAsync<JsonElement>($"/api/v1/payroll/files/{theirs}/alerts");
        Assert.Equal("WPS-DEDUCTION-FORBIDDEN", alerts.GetProperty("items")[0].GetProperty("ruleId").GetString());
        Assert.Equal(filesBefore + 1, (await employer.GetFromJsonAsync<JsonElement>("/api/v1/payroll/files")).GetProperty("total").GetInt32());
        var compliance = await employer.GetFromJsonAsync<JsonElement>($"/api/v1/payroll/compliance?month={f.Month}");
        Assert.Equal(me.EmployerId, compliance.GetProperty("employerId").GetGuid());

        // Roles without the permission are refused outright.
        foreach (var role in new[] { "worker", "agency", "analyst" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(role)).PostAsync("/api/v1/payroll/files",
                new StringContent(PayrollKit.File(f.Pay(f.Workers[0])), Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("analyst")).GetAsync($"/api/v1/payroll/files/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync("/api/v1/payroll/payslips")).StatusCode);
    }

    [Fact]
    public async Task A_worker_sees_only_their_own_payslips_in_their_language()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var me = await app.AccountAsync("worker");
        var f = await PayrollKit.PrepareAsync(app, workers: 1);
        var myNumber = await app.WithDbAsync(db => db.MigrantWorkers.Where(w => w.Id == me.WorkerId).Select(w => w.WorkerNumber).SingleAsync());
        var csv = PayrollKit.File(
            f.Pay(f.Workers[0]),
            f.Pay(f.Workers[0]) with { Worker = myNumber, Basic = 123_456m, Deductions = [("recruitment_fee", 6_000m)] });
        Assert.True((await PayrollKit.ImportAsync(app, csv)).Stored);

        var worker = await app.ApiClientAsync("worker");
        var slips = await worker.GetFromJsonAsync<JsonElement>("/api/v1/payroll/payslips");
        var slip = Assert.Single(slips.EnumerateArray());
        Assert.Equal((123_456m, 117_456m), (slip.GetProperty("basicWage").GetDecimal(), slip.GetProperty("netPaid").GetDecimal()));
        Assert.Equal(["WPS-DEDUCTION-FORBIDDEN"], slip.GetProperty("alerts").EnumerateArray().Select(a => a.GetString()));

        var browser = await app.BrowserClientAsync("worker");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var page = await browser.GetHtmlAsync("/payroll/payslips");
        Assert.Single(page.QuerySelectorAll("section.payslip"));
        Assert.Contains("123,456", page.QuerySelector("section.payslip")!.TextContent);
        Assert.Equal("Мои расчётные листки", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("employer")).GetAsync("/api/v1/payroll/payslips")).StatusCode);
    }
}
