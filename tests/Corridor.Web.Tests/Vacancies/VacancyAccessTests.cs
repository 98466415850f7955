using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>
/// Issue: the employer sees and changes only its own vacancies (another's is 404), bad input gets field
/// errors and stores nothing, every state change leaves an audit event.
/// </summary>
public sealed class VacancyAccessTests(SeededApp app) : IClassFixture<SeededApp>
{
    private Task<(int Vacancies, int AuditEvents)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Vacancies.CountAsync(), await db.AuditEvents.CountAsync()));

    [Fact]
    public async Task Employer_lists_only_its_own_vacancies_and_gets_404_for_anothers()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var own = await app.WithDbAsync(db => db.Vacancies.Where(v => v.EmployerId == employerId).Select(v => v.Id).ToListAsync());
        var other = await app.WithDbAsync(db => db.Vacancies.AsNoTracking().FirstAsync(v => v.EmployerId != employerId));
        Assert.NotEmpty(own); // the demo employer has vacancies of its own in the seed
        var client = await app.ApiClientAsync("employer");

        var page = await (await client.GetAsync("/api/v1/admission/vacancies?pageSize=200")).JsonAsync();

        Assert.Equal(own.Order(), page.Ids().Order());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/admission/vacancies/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/admission/vacancies/{other.Id}/certificate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/admission/vacancies/{other.Id}/outcome",
            new { nationalReferrals = 0, interviews = 0, hires = 0, version = other.Version })).StatusCode);
        var browser = await app.BrowserClientAsync("employer");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/vacancies/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/vacancies/{other.Id}/edit")).StatusCode);
        // An officer sees it: the 404 comes from ownership.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync("admission-officer")).GetAsync($"/api/v1/admission/vacancies/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Employer_posts_for_itself_whatever_registration_number_it_sends()
    {
        var account = await app.AccountAsync("employer");
        var stranger = await app.NewEmployerAsync();
        var form = await app.VacancyFormAsync(stranger);
        var client = await app.ApiClientAsync("employer");

        var response = await client.PostAsJsonAsync("/api/v1/admission/vacancies", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var v = await app.VacancyAsync((await response.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(account.EmployerId, v.EmployerId);
        Assert.Equal(1, v.PolicySetNumber);
        // The employer records the outcome of its own vacancy and requests the certificate.
        await app.RecordOutcomeAsync(v.Id, 0, 0, role: "employer");
        var decision = await app.RequestCertificateAsync(v.Id, role: "employer");
        Assert.Equal("Refused", decision.GetProperty("outcome").GetString()); // the period has not elapsed
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_stores_nothing()
    {
        var employer = await app.NewEmployerAsync();
        var form = await app.VacancyFormAsync(employer);
        form["posts"] = 0;
        form["monthlyWage"] = -5;
        form["weeklyHours"] = 61;
        form["occupationCode"] = "9999";
        var before = await CountsAsync();

        var response = await (await app.ApiClientAsync("admission-officer")).PostAsJsonAsync("/api/v1/admission/vacancies", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["monthlyWage", "occupationCode", "posts", "weeklyHours"], (await response.JsonAsync()).ErrorFields());
        Assert.Equal(before, await CountsAsync());

        form = await app.VacancyFormAsync(employer);
        form["employerRegistrationNumber"] = "NOSUCHEMPLOYER";
        response = await (await app.ApiClientAsync("admission-officer")).PostAsJsonAsync("/api/v1/admission/vacancies", form);
        Assert.Equal(["employerRegistrationNumber"], (await response.JsonAsync()).ErrorFields());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Bad_outcome_gets_field_errors_and_changes_nothing()
    {
        var id = await app.PostVacancyAsync(await app.NewEmployerAsync(), posts: 2);
        var v = await app.VacancyAsync(id);
        var before = await CountsAsync();
        var client = await app.ApiClientAsync("admission-officer");

        var response = await client.PostAsJsonAsync($"/api/v1/admission/vacancies/{id}/outcome",
            new { nationalReferrals = 5, interviews = 5, hires = 3, reasonsNotHired = "x", version = v.Version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["hires"], (await response.JsonAsync()).ErrorFields());
        Assert.Equal(before, await CountsAsync());
        Assert.Null((await app.VacancyAsync(id)).OutcomeRecordedOn);
    }

    [Fact]
    public async Task Every_state_change_leaves_an_audit_event()
    {
        var employer = await app.NewEmployerAsync();
        var id = await app.PostVacancyAsync(employer);
        var form = await app.VacancyFormAsync(employer, wage: 200_000);
        form["version"] = (await app.VacancyAsync(id)).Version;
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync("admission-officer")).PutAsJsonAsync($"/api/v1/admission/vacancies/{id}", form)).StatusCode);
        app.Advance(14);
        await app.RecordOutcomeAsync(id, 0, 0);
        await app.RequestCertificateAsync(id);

        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == id.ToString())
            .OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

        Assert.Equal(["created", "updated", "vacancy.advertising-restarted", "updated", "updated", "vacancy.certificate-issued"], actions);
        var decision = (await app.DecisionsAsync(id)).Single();
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == decision.Id.ToString() && e.Action == "created")));
    }

    [Fact]
    public async Task Only_the_permitted_roles_reach_vacancies()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("worker")).GetAsync("/api/v1/admission/vacancies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync("inspector")).PostAsJsonAsync("/api/v1/admission/vacancies",
            await app.VacancyFormAsync(await app.NewEmployerAsync()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync("inspector")).GetAsync("/api/v1/admission/vacancies")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.AnonymousClient().GetAsync("/vacancies")).StatusCode);
    }
}
