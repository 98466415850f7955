using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Recruitment;
using Corridor.Testing;
using Corridor.Web.Features.Recruitment.Licensing;
using Corridor.Web.Tests.Registries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Recruitment;

public sealed class JobOrderTests(SeededApp fx) : IClassFixture<SeededApp>
{
    private CorridorAppFactory App => fx.App;
    private DateOnly Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);

    private static async Task<Guid> NewEmployerAsync(HttpClient api) =>
        await api.CreateAsync("/api/v1/recruitment/foreign-employers", new { name = $"Gulf Builders {RegistryKit.Serial()}", country = "are", address = "Dubai", sector = "F" });

    private Dictionary<string, object?> Order(Guid employer, Guid? agency = null) => new()
    {
        ["foreignEmployerId"] = employer,
        ["agencyId"] = agency,
        ["occupation"] = "711",
        ["positions"] = 20,
        ["monthlyWage"] = 1800m,
        ["currency"] = "AED",
        ["hoursPerWeek"] = 48,
        ["jobsite"] = "Dubai Marina, site 4",
        ["destinationCountry"] = "ARE",
        ["validUntil"] = Today.AddMonths(6),
    };

    private async Task<int> VersionAsync<T>(Guid id) where T : Corridor.Domain.Common.Entity =>
        await App.WithDbAsync(db => db.Set<T>().Where(x => x.Id == id).Select(x => x.Version).SingleAsync());

    private async Task AccreditAsync(HttpClient attache, Guid employer)
    {
        foreach (var d in Enum.GetNames<EmployerDocument>())
            Assert.Equal(HttpStatusCode.OK, (await attache.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/documents",
                new { document = d, received = true, receivedOn = Today.AddDays(-2), version = await VersionAsync<ForeignEmployer>(employer) })).StatusCode);
        using var accredited = await attache.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/accredit",
            new { inspectionNote = "Visited the site; housing adequate", inspectedOn = Today.AddDays(-1), accreditedUntil = Today.AddYears(2), version = await VersionAsync<ForeignEmployer>(employer) });
        Assert.True(accredited.StatusCode == HttpStatusCode.OK, await accredited.Content.ReadAsStringAsync());
    }

    [DatabaseTheory]
    public async Task A_job_order_is_verified_only_once_its_employer_is_accredited_by_the_attache(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(Support.AppExtensions.Small);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var attache = await app.ApiClientAsync("partner");
        var agency = await app.ApiClientAsync("agency");
        var own = (await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("agency")))).AgencyId!.Value;

        var employer = await NewEmployerAsync(attache);
        var form = new Dictionary<string, object?>(Order(employer)) { ["validUntil"] = today.AddMonths(6) };
        var order = await agency.CreateAsync("/api/v1/recruitment/job-orders", form);
        Assert.Equal(own, await app.WithDbAsync(db => db.JobOrders.Where(o => o.Id == order).Select(o => o.AgencyId).SingleAsync()));

        async Task<int> Version<T>(Guid id) where T : Corridor.Domain.Common.Entity =>
            await app.WithDbAsync(db => db.Set<T>().Where(x => x.Id == id).Select(x => x.Version).SingleAsync());

        using (var early = await attache.PostAsJsonAsync($"/api/v1/recruitment/job-orders/{order}/verify", new { note = "ok", version = await Version<JobOrder>(order) }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("not accredited", (await early.JsonAsync()).GetProperty("detail").GetString());
        }
        // Accreditation waits for every document.
        using (var incomplete = await attache.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/accredit",
            new { inspectionNote = "Visited", inspectedOn = today, accreditedUntil = today.AddYears(2), version = await Version<ForeignEmployer>(employer) }))
            Assert.Equal(HttpStatusCode.Conflict, incomplete.StatusCode);
        foreach (var d in Enum.GetNames<EmployerDocument>())
            Assert.Equal(HttpStatusCode.OK, (await attache.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/documents",
                new { document = d, received = true, receivedOn = today.AddDays(-2), version = await Version<ForeignEmployer>(employer) })).StatusCode);
        using (var noNote = await attache.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/accredit",
            new { inspectionNote = " ", inspectedOn = today, accreditedUntil = today.AddYears(2), version = await Version<ForeignEmployer>(employer) }))
            Assert.Equal(["inspectionNote"], (await noNote.JsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.OK, (await attache.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/accredit",
            new { inspectionNote = "Visited the site", inspectedOn = today, accreditedUntil = today.AddYears(2), version = await Version<ForeignEmployer>(employer) })).StatusCode);

        // The agency cannot verify its own order; the attaché can.
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"/api/v1/recruitment/job-orders/{order}/verify", new { note = "", version = await Version<JobOrder>(order) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await attache.PostAsJsonAsync($"/api/v1/recruitment/job-orders/{order}/verify", new { note = "Wages match", version = await Version<JobOrder>(order) })).StatusCode);
        var read = await (await agency.GetAsync($"/api/v1/recruitment/job-orders/{order}")).JsonAsync();
        Assert.Equal("Verified", read.GetProperty("status").GetString());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var orders = scope.ServiceProvider.GetRequiredService<JobOrders>();
            Assert.True((await orders.EligibilityAsync(order, own, today, default)).MayRecruit);
            Assert.False((await orders.EligibilityAsync(order, Guid.NewGuid(), today, default)).MayRecruit);
            Assert.Equal(["The job order's validity has ended.", "The foreign employer is not accredited."],
                (await orders.EligibilityAsync(order, own, today.AddYears(3), default)).Reasons);
        }
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Action.StartsWith("job-order.") || e.Action.StartsWith("foreign-employer."))
            .Select(e => e.Action).Distinct().ToListAsync());
        Assert.Superset(new HashSet<string> { "job-order.created", "job-order.verified", "foreign-employer.registered", "foreign-employer.document-recorded", "foreign-employer.accredited" },
            actions.ToHashSet());
    }

    [Fact]
    public async Task Agency_A_cannot_see_or_decide_agency_Bs_job_orders()
    {
        var regulator = await fx.ApiAsync("recruitment-regulator");
        var agency = await fx.ApiAsync("agency");
        var employer = await NewEmployerAsync(regulator);
        var other = await App.NewLicensingAgencyAsync(Corridor.Domain.Registry.LicenceStatus.Licensed);
        var theirs = await regulator.CreateAsync("/api/v1/recruitment/job-orders", Order(employer, other));
        // An agency account naming another agency still creates for itself.
        var mine = await agency.CreateAsync("/api/v1/recruitment/job-orders", Order(employer, other));
        var own = (await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("agency")))).AgencyId!.Value;
        Assert.Equal(own, await App.WithDbAsync(db => db.JobOrders.Where(o => o.Id == mine).Select(o => o.AgencyId).SingleAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync($"/api/v1/recruitment/job-orders/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fx.BrowserAsync("agency")).GetAsync($"/recruitment/job-orders/{theirs}")).StatusCode);
        using var listed = await agency.GetAsync("/api/v1/recruitment/job-orders?pageSize=200");
        Assert.True(listed.StatusCode == HttpStatusCode.OK, await listed.Content.ReadAsStringAsync());
        var list = await listed.JsonAsync();
        Assert.All(list.GetProperty("items").EnumerateArray(), o => Assert.Equal(own, o.GetProperty("agencyId").GetGuid()));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == mine);

        foreach (var role in new[] { "employer", "worker", "analyst" })
        {
            var api = await fx.ApiAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/recruitment/job-orders")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/recruitment/job-orders", Order(employer))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync("/api/v1/recruitment/foreign-employers", new { name = "X", country = "ARE", sector = "F" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/accredit",
            new { inspectionNote = "x", inspectedOn = Today, accreditedUntil = Today.AddYears(1), version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fx.ApiAsync("partner")).PostAsJsonAsync("/api/v1/recruitment/job-orders", Order(employer, other))).StatusCode);
    }

    public static TheoryData<string, object?> BadOrderFields => new()
    {
        { "foreignEmployerId", null },
        { "foreignEmployerId", Guid.NewGuid() },
        { "occupation", "9999" },
        { "positions", 0 },
        { "monthlyWage", 0m },
        { "currency", "DIRHAM" },
        { "hoursPerWeek", 90 },
        { "jobsite", " " },
        { "destinationCountry", "XYZ" },
        { "validUntil", "2001-01-01" },
    };

    [Theory]
    [MemberData(nameof(BadOrderFields))]
    public async Task A_bad_job_order_is_refused_by_field_and_stores_nothing(string field, object? value)
    {
        var agency = await fx.ApiAsync("agency");
        var employer = await NewEmployerAsync(await fx.ApiAsync("recruitment-regulator"));
        await App.AssertRefusedAsync<JobOrder>(() => agency.PostAsJsonAsync("/api/v1/recruitment/job-orders", Order(employer).With(field, value)), field);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_a_revoked_employer_blocks_verification()
    {
        var regulator = await fx.ApiAsync("recruitment-regulator");
        var employer = await NewEmployerAsync(regulator);
        var agencyId = await App.NewLicensingAgencyAsync(Corridor.Domain.Registry.LicenceStatus.Licensed);
        var order = await regulator.CreateAsync("/api/v1/recruitment/job-orders", Order(employer, agencyId));
        using (var noReason = await regulator.PostAsJsonAsync($"/api/v1/recruitment/job-orders/{order}/reject", new { note = "", version = await VersionAsync<JobOrder>(order) }))
            Assert.Equal(["note"], (await noReason.JsonAsync()).ErrorFields());

        await AccreditAsync(regulator, employer);
        Assert.Equal(HttpStatusCode.OK, (await regulator.PostAsJsonAsync($"/api/v1/recruitment/foreign-employers/{employer}/revoke",
            new { reason = "Passports withheld", version = await VersionAsync<ForeignEmployer>(employer) })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await regulator.PostAsJsonAsync($"/api/v1/recruitment/job-orders/{order}/verify",
            new { note = "", version = await VersionAsync<JobOrder>(order) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regulator.PostAsJsonAsync($"/api/v1/recruitment/job-orders/{order}/reject",
            new { note = "Employer revoked", version = await VersionAsync<JobOrder>(order) })).StatusCode);

        var page = await (await fx.BrowserAsync("recruitment-regulator")).PageAsync($"/recruitment/job-orders/{order}");
        Assert.Equal("Rejected", page.QuerySelector("#job-order-status")!.TextContent.Trim());
        var employerPage = await (await fx.BrowserAsync("partner")).PageAsync($"/recruitment/foreign-employers/{employer}");
        Assert.Equal("Revoked", employerPage.QuerySelector("#accreditation-status")!.TextContent.Trim());
        Assert.Equal(5, employerPage.QuerySelectorAll("#documents tbody tr").Length);
    }

    [Fact]
    public async Task Every_licensing_page_opens_for_the_roles_that_use_it()
    {
        var regulator = await fx.ApiAsync("recruitment-regulator");
        var employer = await NewEmployerAsync(regulator);
        var applied = await App.NewLicensingAgencyAsync();
        var licensed = await App.NewLicensingAgencyAsync(Corridor.Domain.Registry.LicenceStatus.Licensed);
        var order = await regulator.CreateAsync("/api/v1/recruitment/job-orders", Order(employer, licensed));
        var own = (await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("agency")))).AgencyId!.Value;

        var pages = new Dictionary<string, string[]>
        {
            ["recruitment-regulator"] =
            [
                $"/agencies/{licensed}", $"/recruitment/licences/{licensed}", $"/recruitment/licences/{applied}/apply", $"/recruitment/licences/{applied}/grant",
                $"/recruitment/licences/{licensed}/suspend", $"/recruitment/licences/{licensed}/renew", $"/recruitment/licences/{licensed}/cancel",
                $"/recruitment/escrow/{licensed}/record", "/recruitment/foreign-employers", "/recruitment/foreign-employers/new",
                $"/recruitment/foreign-employers/{employer}", "/recruitment/job-orders", "/recruitment/job-orders/new", $"/recruitment/job-orders/{order}",
                "/agencies/new",
            ],
            ["partner"] = ["/recruitment/foreign-employers", $"/recruitment/foreign-employers/{employer}", "/recruitment/job-orders", $"/recruitment/job-orders/{order}"],
            ["agency"] = [$"/recruitment/licences/{own}", $"/agencies/{own}", "/recruitment/job-orders", "/recruitment/job-orders/new", "/recruitment/foreign-employers"],
        };
        foreach (var (role, paths) in pages)
        {
            var browser = await fx.BrowserAsync(role);
            foreach (var path in paths) await browser.PageAsync(path);
        }
        // A signed-in account without the permission is sent to the access-denied page.
        foreach (var (role, path) in new[] { ("agency", $"/recruitment/licences/{own}/suspend"), ("employer", "/recruitment/job-orders"), ("partner", $"/recruitment/licences/{own}") })
        {
            using var denied = await (await fx.BrowserAsync(role)).GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("denied", denied.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
    }
}
