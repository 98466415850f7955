using System.Net;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Quotas;

/// <summary>The quota pages without JavaScript: the seeded year, setting a quota and opening a round through the forms.</summary>
public sealed class QuotaPagesTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task The_seeded_year_shows_each_sectors_quota_with_reserve_and_round()
    {
        var page = await (await app.BrowserClientAsync("analyst")).GetHtmlAsync("/quotas");

        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("td strong")!.TextContent).ToList();
        Assert.Equal(["A", "C", "F", "G", "I"], rows);
        Assert.Equal(5, page.QuerySelectorAll("a[href^='/quotas/rounds/']").Length);
        Assert.Null(page.QuerySelector("input[name='Input.Total']")); // analysts read only
    }

    [Fact]
    public async Task A_policy_officer_sets_a_quota_and_opens_a_round_through_the_forms()
    {
        var client = await app.BrowserClientAsync("policy-officer");
        var year = app.Today().Year + 3;

        var bad = await CorridorAppFactory.PostFormAsync(client, "/quotas?handler=Create",
            new() { ["Input.Year"] = year.ToString(), ["Input.IsicSection"] = "", ["Input.Total"] = "0" }, formPage: "/quotas");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var errors = (await bad.HtmlAsync()).QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_IsicSection", "#Input_Total"], errors.Order());
        Assert.False(await app.WithDbAsync(db => db.NationalQuotas.AnyAsync(q => q.Year == year)));

        var created = await CorridorAppFactory.PostFormAsync(client, "/quotas?handler=Create",
            new() { ["Input.Year"] = year.ToString(), ["Input.IsicSection"] = "F", ["Input.Total"] = "50" }, formPage: "/quotas");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var quota = await app.WithDbAsync(db => db.NationalQuotas.AsNoTracking().SingleAsync(q => q.Year == year));
        Assert.Equal((50, 10), (quota.Total, quota.Reserve));

        var opened = await CorridorAppFactory.PostFormAsync(client, $"/quotas?year={year}&handler=OpenRound", new()
        {
            ["Round.QuotaId"] = quota.Id.ToString(), ["Round.Released"] = "40",
            ["Round.OpensOn"] = AppExtensions.Iso(app.Today()), ["Round.ClosesOn"] = AppExtensions.Iso(app.Today().AddDays(7)),
        }, formPage: $"/quotas?year={year}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var round = await app.WithDbAsync(db => db.QuotaRounds.AsNoTracking().SingleAsync(r => r.QuotaId == quota.Id));
        Assert.Equal($"/quotas/rounds/{round.Id}", opened.Headers.Location!.OriginalString);
        Assert.Equal((1, 40), (round.Number, round.Released));
    }
}
