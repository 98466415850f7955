using System.Net;
using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>Issue: the public job board needs no sign-in and shows vacancies under advertising only.</summary>
public sealed class JobsBoardTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Anonymous_visitors_see_advertised_vacancies_only()
    {
        var advertising = await app.WithDbAsync(db => db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Advertising));
        var certified = await app.WithDbAsync(db => db.Vacancies.Where(v => v.Status == VacancyStatus.CertificateIssued).Select(v => v.Id).ToListAsync());
        Assert.NotEmpty(certified);
        var anonymous = app.AnonymousClient();

        var page = await (await anonymous.GetAsync("/api/v1/jobs?pageSize=200")).JsonAsync();

        Assert.Equal(advertising, page.GetProperty("total").GetInt32());
        Assert.Empty(page.Ids().Intersect(certified));
        var html = await anonymous.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        var doc = await html.HtmlAsync();
        Assert.Equal(Math.Min(advertising, 25), doc.QuerySelectorAll("main table tbody tr").Length);
    }

    [Fact]
    public async Task The_board_filters_by_occupation_and_region()
    {
        var employer = await app.NewEmployerAsync();
        var id = await app.PostVacancyAsync(employer, "741");
        var region = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == employer.OrgUnitId)
            .SelectMany(u => db.OrgUnits.Where(p => p.Id == u.ParentId)).Select(p => p.Code).SingleAsync());
        var anonymous = app.AnonymousClient();

        var hits = await (await anonymous.GetAsync($"/api/v1/jobs?occupation=741&region={region}&pageSize=200")).JsonAsync();
        Assert.Contains(id, hits.Ids());
        Assert.All(hits.GetProperty("items").EnumerateArray(), j => Assert.StartsWith("741", j.GetProperty("occupationCode").GetString()));
        var elsewhere = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Level == 2 && u.Code != region).Select(u => u.Code).FirstAsync());
        Assert.DoesNotContain(id, (await (await anonymous.GetAsync($"/api/v1/jobs?occupation=741&region={elsewhere}&pageSize=200")).JsonAsync()).Ids());
        var doc = await anonymous.GetHtmlAsync("/jobs?Query.Occupation=741");
        Assert.Contains(employer.Name, doc.QuerySelector("main table")!.TextContent);
    }

    [Fact]
    public async Task The_layout_links_jobs_for_everyone_and_vacancies_for_officers()
    {
        var anonymous = await app.AnonymousClient().GetHtmlAsync("/jobs");
        Assert.NotNull(anonymous.QuerySelector("nav a[href='/jobs']"));
        Assert.Null(anonymous.QuerySelector("nav a[href='/vacancies']"));
        var officer = await (await app.BrowserClientAsync("admission-officer")).GetHtmlAsync("/vacancies");
        Assert.NotNull(officer.QuerySelector("nav a[href='/vacancies']"));
    }
}
