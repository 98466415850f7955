using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Tests.Support;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>
/// Issue (admission): the certificate is issued when the advertising period has elapsed and nationals did
/// not fill the posts, unless a disqualifier applies; every request stores a decision with each rule's
/// result and citation, approved or refused. Each test uses an employer of its own.
/// </summary>
public sealed class LabourMarketTestTests(SeededApp app) : IClassFixture<SeededApp>
{
    private async Task<(Guid Vacancy, Guid Employer)> ElapsedAsync(string section = "F", int posts = 3, int hires = 0, string occupation = "711")
    {
        var employer = await app.NewEmployerAsync(section);
        var id = await app.PostVacancyAsync(employer, occupation, posts);
        app.Advance(14);
        await app.RecordOutcomeAsync(id, referrals: hires + 1, hires: hires);
        return (id, employer.Id);
    }

    [Fact]
    public async Task Period_elapses_on_day_14_not_day_13_and_both_decisions_are_stored()
    {
        var employer = await app.NewEmployerAsync();
        var id = await app.PostVacancyAsync(employer);
        var posted = app.Today();
        await app.RecordOutcomeAsync(id, referrals: 2, hires: 0);
        app.Advance(13);

        var early = await app.RequestCertificateAsync(id);
        Assert.Equal("Refused", early.GetProperty("outcome").GetString());
        Assert.False(early.Passed("LMT-ADVERTISING"));
        Assert.Equal("Policy default (Korea EPS: 14 days; 7 in agriculture and fisheries)", early.Rule("LMT-ADVERTISING").GetProperty("citation").GetString());
        Assert.Equal(VacancyStatus.Advertising, (await app.VacancyAsync(id)).Status);

        app.Advance(1);
        var onTime = await app.RequestCertificateAsync(id);

        Assert.Equal("Approved", onTime.GetProperty("outcome").GetString());
        var number = onTime.GetProperty("certificateNumber").GetString()!;
        Assert.True(PublicNumber.IsValid(number, 'C'));
        var v = await app.VacancyAsync(id);
        Assert.Equal(VacancyStatus.CertificateIssued, v.Status);
        Assert.Equal(number, v.CertificateNumber);
        Assert.Equal(posted.AddDays(14).AddMonths(3), v.CertificateValidUntil); // LMT-CERTIFICATE: 3 months
        Assert.Equal(3, v.CertifiedPosts);

        var decisions = await app.DecisionsAsync(id);
        Assert.Equal([DecisionOutcome.Refused, DecisionOutcome.Approved], decisions.Select(d => d.Outcome));
        Assert.All(decisions, d =>
        {
            Assert.Equal(1, d.PolicySetNumber);
            Assert.Equal(["LMT-ADVERTISING", "LMT-UNFILLED", "LMT-NO-LAYOFFS", "LMT-NO-WAGE-ARREARS", "LMT-NOT-WATCHLISTED"], d.Results.Select(r => r.RuleId));
            Assert.All(d.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation)));
            Assert.Contains("\"Posts\":3", d.InputsJson);
        });
    }

    [Fact]
    public async Task Agriculture_advertises_for_7_days()
    {
        var employer = await app.NewEmployerAsync("A");
        var id = await app.PostVacancyAsync(employer, "611");
        Assert.Equal(7, (await app.VacancyAsync(id)).AdvertisingDays);
        await app.RecordOutcomeAsync(id, 0, 0);
        app.Advance(6);
        Assert.False((await app.RequestCertificateAsync(id)).Passed("LMT-ADVERTISING"));
        app.Advance(1);
        Assert.Equal("Approved", (await app.RequestCertificateAsync(id)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Posts_filled_by_nationals_are_refused()
    {
        var (id, _) = await ElapsedAsync(posts: 2, hires: 2);

        var decision = await app.RequestCertificateAsync(id);

        Assert.Equal("Refused", decision.GetProperty("outcome").GetString());
        Assert.False(decision.Passed("LMT-UNFILLED"));
        Assert.True(decision.Passed("LMT-ADVERTISING"));
        Assert.Equal("Policy default (Korea EPS: labour market test)", decision.Rule("LMT-UNFILLED").GetProperty("citation").GetString());
        Assert.Null((await app.VacancyAsync(id)).CertificateNumber);
        Assert.Single(await app.DecisionsAsync(id));
    }

    [Theory]
    [InlineData("711", -2, false)] // same occupation, two months ago
    [InlineData("512", -2, true)]  // another occupation
    [InlineData("711", -4, true)]  // before the three-month look-back
    public async Task Layoffs_in_the_same_occupation_within_three_months_are_refused(string occupation, int monthsAgo, bool passes)
    {
        var (id, employer) = await ElapsedAsync();
        await app.AddFlagAsync(new EmployerFlag(employer, EmployerFlagKind.Layoff, app.Today().AddMonths(monthsAgo), "Site closed", occupation, 10));

        var decision = await app.RequestCertificateAsync(id);

        Assert.Equal(passes, decision.Passed("LMT-NO-LAYOFFS"));
        Assert.Equal(passes ? "Approved" : "Refused", decision.GetProperty("outcome").GetString());
        Assert.Equal("Policy default (Korea EPS)", decision.Rule("LMT-NO-LAYOFFS").GetProperty("citation").GetString());
    }

    [Fact]
    public async Task Open_wage_arrears_are_refused_and_closed_ones_pass()
    {
        var (id, employer) = await ElapsedAsync();
        var arrears = new EmployerFlag(employer, EmployerFlagKind.WageArrears, app.Today().AddDays(-30), "Two months unpaid");
        await app.AddFlagAsync(arrears);

        var refused = await app.RequestCertificateAsync(id);
        Assert.False(refused.Passed("LMT-NO-WAGE-ARREARS"));
        Assert.Equal("ILO C95 Art. 12; policy default", refused.Rule("LMT-NO-WAGE-ARREARS").GetProperty("citation").GetString());

        await app.WithDbAsync(async db =>
        {
            var f = await db.EmployerFlags.FindAsync(arrears.Id);
            f!.Close(app.Today());
            await db.SaveChangesAsync();
        });
        var approved = await app.RequestCertificateAsync(id);
        Assert.True(approved.Passed("LMT-NO-WAGE-ARREARS"));
        Assert.Equal("Approved", approved.GetProperty("outcome").GetString());
        // The refusal stays as it was decided.
        Assert.Equal([DecisionOutcome.Refused, DecisionOutcome.Approved], (await app.DecisionsAsync(id)).Select(d => d.Outcome));
    }

    [Fact]
    public async Task Watchlisted_employers_are_refused()
    {
        var (id, employer) = await ElapsedAsync();
        await app.AddFlagAsync(new EmployerFlag(employer, EmployerFlagKind.Watchlist, app.Today().AddDays(-1), "Under investigation"));

        var decision = await app.RequestCertificateAsync(id);

        Assert.False(decision.Passed("LMT-NOT-WATCHLISTED"));
        Assert.Equal("Policy default (ministry watchlist)", decision.Rule("LMT-NOT-WATCHLISTED").GetProperty("citation").GetString());
        Assert.Equal("Refused", decision.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task The_vacancy_page_shows_the_refusal_reasons()
    {
        var (id, employer) = await ElapsedAsync();
        await app.AddFlagAsync(new EmployerFlag(employer, EmployerFlagKind.Watchlist, app.Today().AddDays(-1), "Under investigation"));
        var officer = await app.BrowserClientAsync("admission-officer");

        var response = await Corridor.Testing.CorridorAppFactory.PostFormAsync(officer, $"/vacancies/{id}/certificate", []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var page = await officer.GetHtmlAsync($"/vacancies/{id}");

        var failed = page.QuerySelectorAll(".decision tr.fail").Select(r => r.TextContent).ToList();
        Assert.Single(failed);
        Assert.Contains("The employer is on the watchlist.", failed[0]);
        Assert.Contains("LMT-NOT-WATCHLISTED", failed[0]);
    }
}
