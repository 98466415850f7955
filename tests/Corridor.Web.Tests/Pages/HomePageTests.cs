using AngleSharp.Html.Parser;
using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Pages;

/// <summary>The start page shows each account the work it may see, counted within its own scope.</summary>
public sealed class HomePageTests(SeededApp app) : IClassFixture<SeededApp>
{
    private async Task<Dictionary<string, int>> CardsAsync(string role)
    {
        var client = await app.BrowserClientAsync(role);
        var html = await client.GetStringAsync("/");
        var doc = new HtmlParser().ParseDocument(html);
        return doc.QuerySelectorAll("ul.cards a").ToDictionary(a => a.GetAttribute("href")!,
            a => int.Parse(a.QuerySelector("strong")!.TextContent, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_admission_officer_sees_the_queue_and_every_permit_in_force()
    {
        var cards = await CardsAsync(Roles.AdmissionOfficer);
        var today = app.Today();
        var (queued, inForce) = await app.WithDbAsync(async db => (
            await db.WorkPermitApplications.CountAsync(a => a.Status == PermitApplicationStatus.Referred || a.Status == PermitApplicationStatus.InformationRequested),
            await db.WorkPermits.CountAsync(p => (p.Status == PermitStatus.Issued || p.Status == PermitStatus.Active) && p.ValidUntil >= today)));
        Assert.True(queued > 0 && inForce > 0, "the demo country has queued applications and permits in force");
        Assert.Equal(queued, cards["/permits/queue"]);
        Assert.Equal(inForce, cards["/permits"]);
    }

    [Fact]
    public async Task An_employer_sees_only_its_own_permits_and_no_officer_queue()
    {
        var cards = await CardsAsync(Roles.Employer);
        var employerId = (await app.AccountAsync(Roles.Employer)).EmployerId;
        var today = app.Today();
        var own = await app.WithDbAsync(db => db.WorkPermits.CountAsync(p => p.EmployerId == employerId
            && (p.Status == PermitStatus.Issued || p.Status == PermitStatus.Active) && p.ValidUntil >= today));
        Assert.False(cards.ContainsKey("/permits/queue"));
        Assert.Equal(own, cards.GetValueOrDefault("/permits"));
        Assert.True(cards["/permits"] < await app.WithDbAsync(db => db.WorkPermits.CountAsync()));
    }
}
