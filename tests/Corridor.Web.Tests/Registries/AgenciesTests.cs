using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Registries;

public sealed class AgenciesTests(SeededApp fx) : IClassFixture<SeededApp>
{
    private CorridorAppFactory App => fx.App;
    private DateOnly Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);

    private Dictionary<string, object?> NewAgency() => new()
    {
        ["licenceNumber"] = $"TST-RA-{RegistryKit.Serial():00000}",
        ["name"] = "Кадровое агентство «Тест»",
        ["country"] = "KAZ",
        ["status"] = "Licensed",
        ["licenceValidUntil"] = Today.AddYears(2),
        ["reason"] = "Licence granted by order No. 12 before Corridor",
        ["orgUnitCode"] = "KZ-AST-01",
        ["address"] = "пр. Республики, 10",
        ["phone"] = "+7 717 200 0000",
        ["email"] = "office@agency.test",
    };

    [DatabaseTheory]
    public async Task Register_read_edit_and_list_round_trip(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var api = await app.ApiClientAsync("recruitment-regulator");
        // An application has no validity date yet.
        var form = NewAgency().With("status", "Applied").With("licenceValidUntil", null).With("reason", null).With("orgUnitCode", null).With("country", "uzb");

        var id = await api.CreateAsync("/api/v1/agencies", form);
        var read = await (await api.GetAsync($"/api/v1/agencies/{id}")).JsonAsync();
        Assert.Equal(form["licenceNumber"], read.GetProperty("licenceNumber").GetString());
        Assert.Equal("UZB", read.GetProperty("country").GetString());
        Assert.Equal("Applied", read.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("licenceValidUntil").ValueKind);

        // The edit form corrects particulars only: a status or validity sent with it is ignored (licensing changes those).
        var validUntil = new DateOnly(Today.Year + 3, 6, 30);
        var edit = form.With("status", "Licensed").With("licenceValidUntil", validUntil).With("orgUnitCode", "KZ-ALA-01").With("version", 1);
        using var put = await api.PutAsJsonAsync($"/api/v1/agencies/{id}", edit);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        read = await (await api.GetAsync($"/api/v1/agencies/{id}")).JsonAsync();
        Assert.Equal("Applied", read.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("licenceValidUntil").ValueKind);
        Assert.Equal("KZ-ALA-01", read.GetProperty("orgUnitCode").GetString());
        Assert.Equal(2, read.GetProperty("version").GetInt32());

        var found = await (await api.GetAsync($"/api/v1/agencies?q={((string)form["licenceNumber"]!).ToLowerInvariant()}")).JsonAsync();
        Assert.Equal(id, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var (all, suspended, uzbek) = await app.WithDbAsync(async db => (await db.RecruitmentAgencies.CountAsync(),
            await db.RecruitmentAgencies.CountAsync(a => a.Status == LicenceStatus.Suspended),
            await db.RecruitmentAgencies.CountAsync(a => a.Country == "UZB")));
        var bySuspended = await (await api.GetAsync("/api/v1/agencies?status=Suspended&pageSize=200")).JsonAsync();
        Assert.Equal(suspended, bySuspended.GetProperty("total").GetInt32());
        Assert.All(bySuspended.GetProperty("items").EnumerateArray(), a => Assert.Equal("Suspended", a.GetProperty("status").GetString()));
        var byCountry = await (await api.GetAsync("/api/v1/agencies?country=UZB&pageSize=200")).JsonAsync();
        Assert.Equal(uzbek, byCountry.GetProperty("total").GetInt32());
        Assert.InRange(uzbek, 1, all - 1);
        var page = await (await api.GetAsync("/api/v1/agencies?page=3&pageSize=4")).JsonAsync();
        Assert.Equal(all, page.GetProperty("total").GetInt32());
        Assert.Equal(4, page.GetProperty("items").GetArrayLength());
    }

    public static TheoryData<string, object?> BadFields => new()
    {
        { "licenceNumber", null },
        { "licenceNumber", "AB" },
        { "licenceNumber", "KAZ RA 1" },
        { "licenceNumber", new string('9', 33) },
        { "name", null },
        { "name", new string('N', 201) },
        { "country", null },
        { "country", "XYZ" },
        { "status", null },
        { "status", 99 },
        { "licenceValidUntil", null }, // the base form is Licensed: a licence granted has a validity date
        { "reason", null }, // …and a recorded licence says where it was granted
        { "status", "Suspended" }, // suspensions come from licensing, not from registration
        { "orgUnitCode", "KZ-NOWHERE" },
        { "address", new string('a', 301) },
        { "phone", "ring twice" },
        { "email", "office at agency" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Each_rule_refuses_bad_input_by_field_and_changes_nothing(string field, object? value)
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        await App.AssertRefusedAsync<RecruitmentAgency>(() => api.PostAsJsonAsync("/api/v1/agencies", NewAgency().With(field, value)), field);
    }

    [Fact]
    public async Task A_licence_number_is_registered_once_and_never_changes()
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        var form = NewAgency();
        var id = await api.CreateAsync("/api/v1/agencies", form);

        var again = ((string)form["licenceNumber"]!).ToLowerInvariant();
        await App.AssertRefusedAsync<RecruitmentAgency>(() => api.PostAsJsonAsync("/api/v1/agencies", NewAgency().With("licenceNumber", again)),
            "licenceNumber");
        await App.AssertRefusedAsync<RecruitmentAgency>(
            () => api.PutAsJsonAsync($"/api/v1/agencies/{id}", form.With("licenceNumber", "TST-RA-CHANGED").With("version", 1)), "licenceNumber");
        Assert.Equal(1, (await (await api.GetAsync($"/api/v1/agencies/{id}")).JsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_save_based_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var api = await fx.ApiAsync("recruitment-regulator");
        var form = NewAgency();
        var id = await api.CreateAsync("/api/v1/agencies", form);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/agencies/{id}", form.With("name", "First").With("version", 1))).StatusCode);

        var before = await App.CountsAsync<RecruitmentAgency>();
        using var stale = await api.PutAsJsonAsync($"/api/v1/agencies/{id}", form.With("name", "Second").With("version", 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(before, await App.CountsAsync<RecruitmentAgency>());
        Assert.Equal("First", (await (await api.GetAsync($"/api/v1/agencies/{id}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_agency_account_sees_only_its_own_agency()
    {
        var (own, other) = await App.WithDbAsync(async db =>
        {
            var mine = await db.Users.Where(u => u.Email == CorridorAppFactory.EmailOf("agency")).Select(u => u.AgencyId!.Value).SingleAsync();
            return (mine, await db.RecruitmentAgencies.Where(a => a.Id != mine).Select(a => a.Id).FirstAsync());
        });
        var api = await fx.ApiAsync("agency");

        var list = await (await api.GetAsync("/api/v1/agencies?pageSize=200")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(own, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/agencies/{other}")).StatusCode);
        var edit = NewAgency().With("version", 1);
        Assert.Contains((await api.PutAsJsonAsync($"/api/v1/agencies/{other}", edit)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await api.PutAsJsonAsync($"/api/v1/agencies/{own}", edit)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });

        var browser = await fx.BrowserAsync("agency");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/agencies/{other}")).StatusCode);
        // Its own page lists the workers it recruited (only those, as the account sees no others).
        var recruited = await App.WithDbAsync(db => db.MigrantWorkers.CountAsync(w => w.AgencyId == own));
        var page = await browser.PageAsync($"/agencies/{own}");
        Assert.Contains($"({recruited})", page.QuerySelector("section.linked h2")!.TextContent);
    }

    [Fact]
    public async Task Partners_see_every_agency_but_only_the_manage_permission_changes_them()
    {
        var all = await App.WithDbAsync(db => db.RecruitmentAgencies.CountAsync());
        var partner = await fx.ApiAsync("partner");
        Assert.Equal(all, (await (await partner.GetAsync("/api/v1/agencies")).JsonAsync()).GetProperty("total").GetInt32());

        foreach (var role in new[] { "partner", "worker", "admission-officer" })
        {
            var api = await fx.ApiAsync(role);
            var before = await App.CountsAsync<RecruitmentAgency>();
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/agencies", NewAgency())).StatusCode);
            Assert.Equal(before, await App.CountsAsync<RecruitmentAgency>());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fx.ApiAsync("employer")).GetAsync("/api/v1/agencies")).StatusCode);
    }

    [Fact]
    public async Task The_register_page_shows_an_error_next_to_the_field_and_keeps_what_was_typed()
    {
        var browser = await fx.BrowserAsync("recruitment-regulator");
        var before = await App.CountsAsync<RecruitmentAgency>();
        using var response = await CorridorAppFactory.PostFormAsync(browser, "/agencies/new", new()
        {
            ["Input.LicenceNumber"] = "KGZ-RA-7777",
            ["Input.Name"] = "Бишкек Кадр",
            ["Input.Country"] = "KGZ",
            ["Input.Status"] = "Licensed",
            ["Input.LicenceValidUntil"] = "",
            ["Input.Reason"] = "Order No. 5",
            ["Input.OrgUnitCode"] = "KZ-ALA-02",
            ["Input.Phone"] = "+996 312 000 000",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        doc.AssertFieldError("Input_LicenceValidUntil", "Enter the date until which the licence is valid");
        Assert.Single(doc.QuerySelectorAll(".field.invalid"));
        Assert.Equal("KGZ-RA-7777", doc.FieldValue("Input_LicenceNumber"));
        Assert.Equal("Бишкек Кадр", doc.FieldValue("Input_Name"));
        Assert.Equal("KGZ", doc.FieldValue("Input_Country"));
        Assert.Equal("Licensed", doc.FieldValue("Input_Status"));
        Assert.Equal("KZ-ALA-02", doc.FieldValue("Input_OrgUnitCode"));
        Assert.Equal("Order No. 5", doc.FieldValue("Input_Reason"));
        Assert.Equal("+996 312 000 000", doc.FieldValue("Input_Phone"));
        Assert.Equal(before, await App.CountsAsync<RecruitmentAgency>());
    }

    [Fact]
    public async Task The_details_page_lists_the_agencys_workers_and_shows_an_edit_in_the_history()
    {
        var (id, workers) = await App.WithDbAsync(async db => await db.MigrantWorkers.Where(w => w.AgencyId != null)
            .GroupBy(w => w.AgencyId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).Select(g => ValueTuple.Create(g.Key, g.Count)).FirstAsync());
        var api = await fx.ApiAsync("recruitment-regulator");
        var before = await (await api.GetAsync($"/api/v1/agencies/{id}")).JsonAsync();
        var edit = new Dictionary<string, object?>
        {
            ["licenceNumber"] = before.GetProperty("licenceNumber").GetString(),
            ["name"] = "Агентство «Новое имя»",
            ["country"] = before.GetProperty("country").GetString(),
            ["orgUnitCode"] = before.GetProperty("orgUnitCode").GetString(),
            ["phone"] = "+7 727 300 0000",
            ["version"] = before.GetProperty("version").GetInt32(),
        };
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/agencies/{id}", edit)).StatusCode);

        var doc = await (await fx.BrowserAsync("recruitment-regulator")).PageAsync($"/agencies/{id}");
        Assert.Contains("Агентство «Новое имя»", doc.QuerySelector("h1")!.TextContent);
        doc.AssertHistoryShows("Name", before.GetProperty("name").GetString()!, "Агентство «Новое имя»");
        doc.AssertHistoryShows("Phone", before.GetProperty("phone").GetString()!, "+7 727 300 0000");
        var linked = doc.QuerySelector("section.linked")!;
        Assert.Contains($"({workers})", linked.QuerySelector("h2")!.TextContent);
        Assert.Equal(Math.Min(workers, 25), linked.QuerySelectorAll("tbody tr").Length);
        Assert.Equal($"/workers?Query.AgencyId={id}", linked.QuerySelector("p a")!.GetAttribute("href"));
    }
}
