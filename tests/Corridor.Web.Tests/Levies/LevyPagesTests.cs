using System.Net;
using Corridor.Testing;
using Corridor.Web.Features.Levies;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Levies;

/// <summary>The levy pages without JavaScript: the monthly run and a payment through the forms.</summary>
public sealed class LevyPagesTests(LevyApp app) : IClassFixture<LevyApp>
{
    [Fact]
    public async Task The_fund_issues_a_month_and_records_a_payment_through_the_forms()
    {
        var client = await app.BrowserClientAsync("fund-officer");
        var count = await app.WithDbAsync(db => db.LevyStatements.CountAsync());

        var bad = await CorridorAppFactory.PostFormAsync(client, "/levies/issue", new() { ["Input.Month"] = "13/2026" }, formPage: "/levies/issue");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal(["#Input_Month"], (await bad.HtmlAsync()).QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(count, await app.WithDbAsync(db => db.LevyStatements.CountAsync()));

        var issued = await CorridorAppFactory.PostFormAsync(client, "/levies/issue", new() { ["Input.Month"] = LevyMonth.Format(app.First) }, formPage: "/levies/issue");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.NotNull((await issued.HtmlAsync()).QuerySelector($"a[href='/levies?Query.Month={LevyMonth.Format(app.First)}']"));

        var list = await client.GetHtmlAsync($"/levies?Query.Month={LevyMonth.Format(app.First)}");
        var link = list.QuerySelector("table tbody a[href^='/levies/']")!.GetAttribute("href")!;
        var id = Guid.Parse(link["/levies/".Length..]);
        var details = await client.GetHtmlAsync(link);
        Assert.NotEmpty(details.QuerySelectorAll("table tbody tr"));
        Assert.NotNull(details.QuerySelector($"a[href='/levies/{id}/payment']"));

        var paid = await CorridorAppFactory.PostFormAsync(client, $"/levies/{id}/payment",
            new() { ["Input.Amount"] = "500", ["Input.PaidOn"] = AppExtensions.Iso(app.Today()), ["Input.Reference"] = "PAGE-1" }, formPage: $"/levies/{id}/payment");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal(500m, (await app.WithDbAsync(db => db.LevyStatements.AsNoTracking().SingleAsync(s => s.Id == id))).AmountPaid);

        var employerPage = await (await app.BrowserClientAsync("employer")).GetHtmlAsync("/levies");
        Assert.Null(employerPage.QuerySelector("a[href='/levies/issue']"));
    }
}
