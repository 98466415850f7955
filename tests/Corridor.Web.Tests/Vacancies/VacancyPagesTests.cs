using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>The vacancy pages work without script: posting, the outcome form, the officer's view, employer records.</summary>
public sealed class VacancyPagesTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Employer_posts_through_the_form_and_bad_input_shows_field_errors()
    {
        var client = await app.BrowserClientAsync("employer");
        var account = await app.AccountAsync("employer");
        var district = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Level == 3).Select(u => u.Code).FirstAsync());
        var fields = new Dictionary<string, string>
        {
            ["Input.OccupationCode"] = "512", ["Input.Posts"] = "0", ["Input.MonthlyWage"] = "180000",
            ["Input.WeeklyHours"] = "40", ["Input.OrgUnitCode"] = district, ["Input.StartDate"] = AppExtensions.Iso(app.Today().AddDays(30)),
        };
        var before = await app.WithDbAsync(db => db.Vacancies.CountAsync());

        var bad = await CorridorAppFactory.PostFormAsync(client, "/vacancies/post", new(fields));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var doc = await bad.HtmlAsync();
        Assert.Equal("true", doc.QuerySelector("[name='Input.Posts']")?.GetAttribute("aria-invalid"));
        Assert.Null(doc.QuerySelector("[name='Input.MonthlyWage']")?.GetAttribute("aria-invalid"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Vacancies.CountAsync()));

        fields["Input.Posts"] = "2";
        var ok = await CorridorAppFactory.PostFormAsync(client, "/vacancies/post", new(fields));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var created = await app.VacancyAsync(Guid.Parse(ok.Headers.Location!.OriginalString["/vacancies/".Length..]));
        Assert.Equal(account.EmployerId, created.EmployerId);
        Assert.Equal(("512", 2, 180_000m), (created.OccupationCode, created.Posts, created.MonthlyWage));
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Vacancies.CountAsync()));
    }

    [Fact]
    public async Task Officers_see_matching_job_seekers_and_employer_records_and_employers_do_not()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var id = await app.WithDbAsync(db => db.Vacancies.Where(v => v.EmployerId == employerId).Select(v => v.Id).FirstAsync());

        var officer = await (await app.BrowserClientAsync("admission-officer")).GetHtmlAsync($"/vacancies/{id}");
        var employer = await (await app.BrowserClientAsync("employer")).GetHtmlAsync($"/vacancies/{id}");

        Assert.Contains("National job seekers to refer", officer.Body!.TextContent);
        Assert.Contains("Employer records", officer.Body!.TextContent);
        Assert.DoesNotContain("National job seekers to refer", employer.Body!.TextContent);
        Assert.DoesNotContain("Employer records", employer.Body!.TextContent);
    }

    [Fact]
    public async Task Matching_lists_active_job_seekers_of_the_occupation_group_in_the_region()
    {
        var employer = await app.NewEmployerAsync();
        var (near, far) = await app.WithDbAsync(async db =>
        {
            var district = await db.OrgUnits.SingleAsync(u => u.Id == employer.OrgUnitId);
            var sibling = await db.OrgUnits.Where(u => u.ParentId == district.ParentId).OrderByDescending(u => u.Code).FirstAsync();
            var other = await db.OrgUnits.Where(u => u.Level == 3 && u.ParentId != district.ParentId).FirstAsync();
            var n = new Corridor.Domain.Registry.NationalJobSeeker($"99{Random.Shared.Next(100000000, 999999999)}1", "Ближний", "Тестов",
                Corridor.Domain.Common.Sex.Male, new DateOnly(1990, 1, 1), "713", sibling.Id, app.Today());
            var f = new Corridor.Domain.Registry.NationalJobSeeker($"98{Random.Shared.Next(100000000, 999999999)}1", "Дальний", "Тестов",
                Corridor.Domain.Common.Sex.Male, new DateOnly(1990, 1, 1), "713", other.Id, app.Today());
            db.NationalJobSeekers.AddRange(n, f);
            await db.SaveChangesAsync();
            return (n.Id, f.Id);
        });
        var id = await app.PostVacancyAsync(employer, "713");

        var details = await (await (await app.ApiClientAsync("admission-officer")).GetAsync($"/api/v1/admission/vacancies/{id}")).JsonAsync();

        var matches = details.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(near, matches);
        Assert.DoesNotContain(far, matches);
        Assert.All(details.GetProperty("matches").EnumerateArray(), m => Assert.StartsWith("713", m.GetProperty("occupationCode").GetString()));
    }

    [Fact]
    public async Task Inspector_records_a_layoff_with_occupation_and_count_and_closes_wage_arrears()
    {
        var employer = await app.NewEmployerAsync();
        var inspector = await app.BrowserClientAsync("inspector");
        var path = $"/vacancies/flags?Query.Employer={employer.RegistrationNumber}";

        var missing = await CorridorAppFactory.PostFormAsync(inspector, "/vacancies/flags?handler=Record", new()
        {
            ["Input.EmployerRegistrationNumber"] = employer.RegistrationNumber, ["Input.Kind"] = "Layoff",
            ["Input.OpenedOn"] = AppExtensions.Iso(app.Today()), ["Input.Reason"] = "Site closed",
        }, formPage: path);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.EmployerFlags.CountAsync(f => f.EmployerId == employer.Id)));

        var layoff = await CorridorAppFactory.PostFormAsync(inspector, "/vacancies/flags?handler=Record", new()
        {
            ["Input.EmployerRegistrationNumber"] = employer.RegistrationNumber, ["Input.Kind"] = "Layoff",
            ["Input.OpenedOn"] = AppExtensions.Iso(app.Today()), ["Input.Reason"] = "Site closed",
            ["Input.OccupationCode"] = "711", ["Input.Count"] = "12",
        }, formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, layoff.StatusCode);
        var arrears = await CorridorAppFactory.PostFormAsync(inspector, "/vacancies/flags?handler=Record", new()
        {
            ["Input.EmployerRegistrationNumber"] = employer.RegistrationNumber, ["Input.Kind"] = "WageArrears",
            ["Input.OpenedOn"] = AppExtensions.Iso(app.Today()), ["Input.Reason"] = "Unpaid wages",
        }, formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, arrears.StatusCode);

        var flags = await app.WithDbAsync(db => db.EmployerFlags.AsNoTracking().Where(f => f.EmployerId == employer.Id).ToListAsync());
        var l = flags.Single(f => f.Kind == EmployerFlagKind.Layoff);
        Assert.Equal(("711", 12), (l.OccupationCode, l.Count));
        var a = flags.Single(f => f.Kind == EmployerFlagKind.WageArrears);

        var close = await CorridorAppFactory.PostFormAsync(inspector, "/vacancies/flags?handler=Close", new()
        {
            ["FlagId"] = a.Id.ToString(), ["FlagVersion"] = a.Version.ToString(),
        }, formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        var listed = await inspector.GetHtmlAsync(path);
        Assert.Single(listed.QuerySelectorAll("form[action*='handler=Close']")); // only the layoff is still open
        Assert.Equal(app.Today(), (await app.WithDbAsync(db => db.EmployerFlags.AsNoTracking().SingleAsync(f => f.Id == a.Id))).ClosedOn);
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "EmployerFlag"
            && (e.EntityId == a.Id.ToString() || e.EntityId == l.Id.ToString()))));

        var denied = await (await app.BrowserClientAsync("employer")).GetAsync(path);
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden
            || (denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.OriginalString.Contains("denied", StringComparison.OrdinalIgnoreCase)),
            $"employer reached the employer records: {(int)denied.StatusCode} {denied.Headers.Location}");
    }
}

/// <summary>Issue: withdrawn and closed vacancies leave the job board; both are final.</summary>
public sealed class EndVacancyTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Withdrawn_vacancies_leave_the_board_and_cannot_be_certified()
    {
        var id = await app.PostVacancyAsync(await app.NewEmployerAsync());
        var officer = await app.BrowserClientAsync("admission-officer");

        var response = await CorridorAppFactory.PostFormAsync(officer, $"/vacancies/{id}/end", new()
        {
            ["Version"] = (await app.VacancyAsync(id)).Version.ToString(), ["Withdraw"] = "true",
        }, formPage: $"/vacancies/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VacancyStatus.Withdrawn, (await app.VacancyAsync(id)).Status);
        Assert.DoesNotContain(id, (await (await app.AnonymousClient().GetAsync("/api/v1/jobs?pageSize=200")).JsonAsync()).Ids());
        var api = await app.ApiClientAsync("admission-officer");
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/admission/vacancies/{id}/certificate", null)).StatusCode);
        Assert.Empty(await app.DecisionsAsync(id));
        var close = await api.PostAsJsonAsync($"/api/v1/admission/vacancies/{id}/close", new { version = (await app.VacancyAsync(id)).Version });
        Assert.Equal(HttpStatusCode.BadRequest, close.StatusCode);
        Assert.Equal(VacancyStatus.Withdrawn, (await app.VacancyAsync(id)).Status);
    }
}
