using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Permits;

/// <summary>Issue 3: renewing a permit — the window, the renewals left, the maximum total stay, and who may ask.</summary>
public sealed class RenewalTests
{
    private static Task<HttpResponseMessage> RenewAsync(HttpClient client, Guid id, int version) =>
        client.PostAsJsonAsync($"/api/v1/permits/{id}/renewal", new { version });

    [DatabaseTheory]
    public async Task A_renewal_in_the_window_runs_to_the_maximum_stay_and_then_none_is_left(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        // Default policy: 3 years, one renewal, 58 months in all; the window opens 120 days before the end.
        app.Clock.Advance(TimeSpan.FromDays(a.Permit.ValidUntil.DayNumber - app.Today().DayNumber - 100));
        var employer = await app.TokenClientAsync(a.Employer.Email); // tokens last an hour of the fake clock
        var response = await RenewAsync(employer, a.Permit.Id, a.Permit.Version);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("renewed").GetBoolean());
        var permit = await app.PermitAsync(a.Permit.Id);
        var cap = a.Permit.ValidFrom.AddMonths(58).AddDays(-1);
        Assert.True(cap < a.Permit.ValidUntil.AddYears(3));
        Assert.Equal(cap, permit.ValidUntil);
        Assert.Equal(0, permit.RenewalsLeft);
        Assert.Contains("permit.renewed", await app.ActionsAsync(a.Permit.Id));
        var decisionId = body.GetProperty("decisionId").GetGuid();
        Assert.Equal(RenewalRules.DecisionSubject, await app.WithDbAsync(db => db.AdmissionDecisions.Where(d => d.Id == decisionId).Select(d => d.Subject).SingleAsync()));

        var again = await (await RenewAsync(employer, a.Permit.Id, permit.Version)).JsonAsync();
        Assert.False(again.GetProperty("renewed").GetBoolean());
        Assert.False(again.Passed("PERMIT-VALIDITY"));
        Assert.Equal(cap, (await app.PermitAsync(a.Permit.Id)).ValidUntil);
    }

    [DatabaseTheory]
    public async Task Outside_the_window_or_with_a_short_passport_the_renewal_is_refused_with_reasons(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        var early = await (await RenewAsync(a.Employer.Client, a.Permit.Id, a.Permit.Version)).JsonAsync();
        Assert.False(early.GetProperty("renewed").GetBoolean());
        Assert.False(early.Passed("PERMIT-RENEWAL-WINDOW"));
        Assert.True(early.Passed("PERMIT-VALIDITY"));
        var permit = await app.PermitAsync(a.Permit.Id);
        Assert.Equal(a.Permit.ValidUntil, permit.ValidUntil);
        Assert.Equal(1, permit.RenewalsLeft);
        Assert.Contains("permit.renewal-refused", await app.ActionsAsync(a.Permit.Id));

        await app.WithDbAsync(async db =>
        {
            var w = await db.MigrantWorkers.SingleAsync(x => x.Id == a.Worker.Id);
            w.Update(w.Particulars with { PassportExpiry = a.Permit.ValidUntil.AddMonths(6) });
            await db.SaveChangesAsync();
        });
        app.Clock.Advance(TimeSpan.FromDays(a.Permit.ValidUntil.DayNumber - app.Today().DayNumber - 30));
        var passport = await (await RenewAsync(await app.TokenClientAsync(a.Employer.Email), a.Permit.Id, permit.Version)).JsonAsync();
        Assert.False(passport.GetProperty("renewed").GetBoolean());
        Assert.True(passport.Passed("PERMIT-RENEWAL-WINDOW"));
        Assert.False(passport.Passed("PERMIT-PASSPORT"));
        Assert.Equal(1, (await app.PermitAsync(a.Permit.Id)).RenewalsLeft);
    }

    [Fact]
    public async Task Only_the_permits_employer_or_an_officer_may_renew()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var a = await app.ActivePermitAsync();
        var other = await app.NewPermitEmployerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await RenewAsync(other.Client, a.Permit.Id, a.Permit.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RenewAsync(a.WorkerClient, a.Permit.Id, a.Permit.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RenewAsync(await app.ApiClientAsync("analyst"), a.Permit.Id, a.Permit.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RenewAsync(await app.ApiClientAsync("admission-officer"), a.Permit.Id, a.Permit.Version)).StatusCode);
        Assert.Equal(a.Permit.ValidUntil, (await app.PermitAsync(a.Permit.Id)).ValidUntil);
        var page = await (await app.BrowserAsync(a.Employer.Email)).GetHtmlAsync($"/permits/{a.Permit.Id}");
        Assert.NotNull(page.QuerySelector($"form[action='/permits/{a.Permit.Id}/renew']"));
    }
}
