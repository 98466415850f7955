using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Workers;

/// <summary>
/// Issue: an employer user sees only its own workers, a worker only their own record, an agency only
/// the workers it recruited; another party's record is not found (404) and none of its data leaks.
/// </summary>
public sealed class OwnershipTests(SeededApp app) : IClassFixture<SeededApp>
{
    private async Task<Guid[]> ListAllAsync(HttpClient client)
    {
        // Page through: the demo country holds more than one page (regularised workers join the 200 seeded).
        var ids = new List<Guid>();
        for (var n = 1; ; n++)
        {
            var page = await (await client.GetAsync($"/api/v1/workers?pageSize=200&page={n}")).JsonAsync();
            ids.AddRange(page.Ids());
            if (page.Ids().Length == 0 || ids.Count >= page.GetProperty("total").GetInt32()) return [.. ids];
        }
    }

    /// <summary>A worker some other employer employs, so the employer account must not see them.</summary>
    private Task<MigrantWorker> OtherEmployersWorkerAsync(Guid employerId) =>
        app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking()
            .FirstAsync(w => w.CurrentEmployerId != null && w.CurrentEmployerId != employerId));

    [Fact]
    public async Task Employer_lists_only_its_own_workers()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var own = await app.WithDbAsync(db => db.MigrantWorkers.Where(w => w.CurrentEmployerId == employerId).Select(w => w.Id).ToListAsync());
        var all = await app.WithDbAsync(db => db.MigrantWorkers.CountAsync());
        Assert.InRange(own.Count, 1, all - 1); // the seed gives the demo employer some, not all, workers

        var listed = await ListAllAsync(await app.ApiClientAsync("employer"));

        Assert.Equal(own.Order(), listed.Order());
    }

    [Fact]
    public async Task Employer_gets_404_for_another_employers_worker_and_none_of_its_data()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var other = await OtherEmployersWorkerAsync(employerId);
        var client = await app.ApiClientAsync("employer");

        var response = await client.GetAsync($"/api/v1/workers/{other.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { other.WorkerNumber, other.PassportNumber, other.FamilyName, other.GivenName, other.Phone! })
            Assert.DoesNotContain(secret, body);
        // An officer does see the same record: the 404 comes from ownership, not from a bad id.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync("admission-officer")).GetAsync($"/api/v1/workers/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Employer_cannot_edit_another_employers_worker()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var other = await OtherEmployersWorkerAsync(employerId);
        var client = await app.ApiClientAsync("employer");
        var form = app.ValidWorker(other.PassportNumber);
        form["passportIssuingCountry"] = other.PassportIssuingCountry;
        form["familyName"] = "Hijacked";
        form["version"] = other.Version;

        var response = await client.PutAsJsonAsync($"/api/v1/workers/{other.Id}", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == other.Id));
        Assert.Equal(other.Version, after.Version);
        Assert.Equal(other.FamilyName, after.FamilyName);
        Assert.Equal(other.CurrentEmployerId, after.CurrentEmployerId);
    }

    [Fact]
    public async Task Employer_gets_404_for_another_employers_worker_on_the_pages()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var other = await OtherEmployersWorkerAsync(employerId);
        var own = await app.WithDbAsync(db => db.MigrantWorkers.FirstAsync(w => w.CurrentEmployerId == employerId));
        var browser = await app.BrowserClientAsync("employer");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/workers/{own.Id}")).StatusCode);
        var details = await browser.GetAsync($"/workers/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.DoesNotContain(other.PassportNumber, await details.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/workers/{other.Id}/edit")).StatusCode);

        // The list page shows the employer's own workers only.
        var list = await browser.GetHtmlAsync("/workers?Query.PageSize=200");
        var links = list.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/workers/{own.Id}", links);
        Assert.DoesNotContain($"/workers/{other.Id}", links);
    }

    [Fact]
    public async Task Worker_sees_exactly_their_own_record()
    {
        var workerId = (await app.AccountAsync("worker")).WorkerId!.Value;
        var client = await app.ApiClientAsync("worker");

        Assert.Equal([workerId], await ListAllAsync(client));
        var own = await client.GetAsync($"/api/v1/workers/{workerId}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(workerId, (await own.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Worker_gets_404_for_any_other_record()
    {
        var workerId = (await app.AccountAsync("worker")).WorkerId!.Value;
        var others = await app.WithDbAsync(db => db.MigrantWorkers.Where(w => w.Id != workerId).Take(3).ToListAsync());
        var client = await app.ApiClientAsync("worker");
        var browser = await app.BrowserClientAsync("worker");

        foreach (var other in others)
        {
            var response = await client.GetAsync($"/api/v1/workers/{other.Id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(other.PassportNumber, await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/workers/{other.Id}")).StatusCode);
        }
    }

    [Fact]
    public async Task Agency_lists_only_the_workers_it_recruited()
    {
        var agencyId = (await app.AccountAsync("agency")).AgencyId!.Value;
        var own = await app.WithDbAsync(db => db.MigrantWorkers.Where(w => w.AgencyId == agencyId).Select(w => w.Id).ToListAsync());
        var other = await app.WithDbAsync(db => db.MigrantWorkers.FirstAsync(w => w.AgencyId != agencyId));
        Assert.NotEmpty(own);
        var client = await app.ApiClientAsync("agency");

        Assert.Equal(own.Order(), (await ListAllAsync(client)).Order());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/workers/{own[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/workers/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Admission_officer_sees_every_worker()
    {
        var all = await app.WithDbAsync(db => db.MigrantWorkers.Select(w => w.Id).ToListAsync());

        var listed = await ListAllAsync(await app.ApiClientAsync("admission-officer"));

        Assert.Equal(all.Order(), listed.Order());
    }
}
