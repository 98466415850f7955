using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Registries;

public sealed class JobSeekersTests(SeededApp fx) : IClassFixture<SeededApp>
{
    private CorridorAppFactory App => fx.App;
    private DateOnly Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A valid IIN no seeded job seeker has: the seed never uses 0 as the 7th (century and sex) digit.</summary>
    private static string NewIin(string yymmdd = "900517") => $"{yymmdd}0{RegistryKit.Serial():00000}";

    private static Dictionary<string, object?> NewJobSeeker() => new()
    {
        ["nationalId"] = NewIin(),
        ["givenName"] = "Әлия",
        ["familyName"] = "Нұрланқызы",
        ["sex"] = "Female",
        ["dateOfBirth"] = new DateOnly(1990, 5, 17),
        ["occupationCode"] = "522",
        ["orgUnitCode"] = "KZ-AKM-01",
        ["phone"] = "+7 701 000 0000",
        ["email"] = "aliya@example.kz",
    };

    [DatabaseTheory]
    public async Task Register_read_edit_and_list_round_trip(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var api = await app.ApiClientAsync("admission-officer");
        var form = NewJobSeeker();

        var id = await api.CreateAsync("/api/v1/jobseekers", form);
        var read = await (await api.GetAsync($"/api/v1/jobseekers/{id}")).JsonAsync();
        Assert.Equal(form["nationalId"], read.GetProperty("nationalId").GetString());
        Assert.Equal("Әлия", read.GetProperty("givenName").GetString());
        Assert.Equal("Нұрланқызы", read.GetProperty("familyName").GetString());
        Assert.Equal("Active", read.GetProperty("status").GetString());
        Assert.Equal("KZ-AKM-01", read.GetProperty("orgUnitCode").GetString());

        var edit = form.With("familyName", "Серікова").With("status", "Placed").With("occupationCode", "532").With("version", 1);
        using var put = await api.PutAsJsonAsync($"/api/v1/jobseekers/{id}", edit);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        read = await (await api.GetAsync($"/api/v1/jobseekers/{id}")).JsonAsync();
        Assert.Equal("Серікова", read.GetProperty("familyName").GetString());
        Assert.Equal("Placed", read.GetProperty("status").GetString());
        Assert.Equal("532", read.GetProperty("occupationCode").GetString());
        Assert.Equal(2, read.GetProperty("version").GetInt32());

        // Kazakh letters are searched case-insensitively.
        var found = await (await api.GetAsync("/api/v1/jobseekers?q=" + Uri.EscapeDataString("әлия серікова"))).JsonAsync();
        Assert.Equal(id, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var (all, women, placed, inAkmola, builders) = await app.WithDbAsync(async db =>
        {
            var akmola = await db.OrgUnits.Where(u => u.Path.StartsWith("/KZ/KZ-AKM/")).Select(u => u.Id).ToListAsync();
            return (await db.NationalJobSeekers.CountAsync(), await db.NationalJobSeekers.CountAsync(j => j.Sex == Sex.Female),
                await db.NationalJobSeekers.CountAsync(j => j.Status == JobSeekerStatus.Placed),
                await db.NationalJobSeekers.CountAsync(j => akmola.Contains(j.OrgUnitId)),
                await db.NationalJobSeekers.CountAsync(j => j.OccupationCode.StartsWith("71")));
        });
        async Task<int> Total(string query) => (await (await api.GetAsync($"/api/v1/jobseekers?{query}")).JsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(all, await Total("page=2&pageSize=10"));
        Assert.Equal(women, await Total("sex=Female"));
        Assert.Equal(placed, await Total("status=Placed"));
        Assert.Equal(1, placed);
        Assert.Equal(inAkmola, await Total("orgUnit=KZ-AKM"));
        Assert.Equal(builders, await Total("occupation=71"));
        Assert.InRange(builders, 1, all - 1);
    }

    public static TheoryData<string, object?> BadFields => new()
    {
        { "nationalId", null },
        { "nationalId", "12345" },
        { "nationalId", "9005170000a1" },
        { "nationalId", "9005170000123" },
        { "nationalId", "901332000001" }, // month 13
        { "nationalId", "900230000001" }, // 30 February
        { "givenName", null },
        { "givenName", new string('Ә', 101) },
        { "familyName", "  " },
        { "familyName", new string('Ұ', 101) },
        { "sex", null },
        { "sex", 7 },
        { "dateOfBirth", null },
        { "occupationCode", null },
        { "occupationCode", "9999" },
        { "orgUnitCode", null },
        { "orgUnitCode", "KZ-NOWHERE" },
        { "phone", "+7 (701) ext. 5" },
        { "email", "aliya@" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Each_rule_refuses_bad_input_by_field_and_changes_nothing(string field, object? value)
    {
        var api = await fx.ApiAsync("admission-officer");
        await App.AssertRefusedAsync<NationalJobSeeker>(() => api.PostAsJsonAsync("/api/v1/jobseekers", NewJobSeeker().With(field, value)), field);
    }

    [Fact]
    public async Task The_date_of_birth_is_not_in_the_future_and_of_working_age()
    {
        var api = await fx.ApiAsync("admission-officer");
        await App.AssertRefusedAsync<NationalJobSeeker>(
            () => api.PostAsJsonAsync("/api/v1/jobseekers", NewJobSeeker().With("dateOfBirth", Today.AddDays(1))), "dateOfBirth");
        await App.AssertRefusedAsync<NationalJobSeeker>(
            () => api.PostAsJsonAsync("/api/v1/jobseekers", NewJobSeeker().With("dateOfBirth", Today.AddYears(-15).AddDays(1))), "dateOfBirth");
        // Exactly the minimum working age (15 by default) is enough.
        await api.CreateAsync("/api/v1/jobseekers", NewJobSeeker().With("dateOfBirth", Today.AddYears(-15)));
    }

    [Fact]
    public async Task An_iin_is_registered_once_and_never_changes()
    {
        var api = await fx.ApiAsync("admission-officer");
        var form = NewJobSeeker();
        var id = await api.CreateAsync("/api/v1/jobseekers", form);

        await App.AssertRefusedAsync<NationalJobSeeker>(
            () => api.PostAsJsonAsync("/api/v1/jobseekers", NewJobSeeker().With("nationalId", $" {form["nationalId"]} ")), "nationalId");
        var edit = form.With("status", "Active").With("version", 1);
        await App.AssertRefusedAsync<NationalJobSeeker>(() => api.PutAsJsonAsync($"/api/v1/jobseekers/{id}", edit.With("nationalId", NewIin())),
            "nationalId");
        await App.AssertRefusedAsync<NationalJobSeeker>(() => api.PutAsJsonAsync($"/api/v1/jobseekers/{id}", edit.With("status", null)), "status");
        Assert.Equal(1, (await (await api.GetAsync($"/api/v1/jobseekers/{id}")).JsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_save_based_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var api = await fx.ApiAsync("admission-officer");
        var form = NewJobSeeker();
        var id = await api.CreateAsync("/api/v1/jobseekers", form);
        Assert.Equal(HttpStatusCode.OK,
            (await api.PutAsJsonAsync($"/api/v1/jobseekers/{id}", form.With("status", "Placed").With("version", 1))).StatusCode);

        var before = await App.CountsAsync<NationalJobSeeker>();
        using var stale = await api.PutAsJsonAsync($"/api/v1/jobseekers/{id}", form.With("status", "Withdrawn").With("version", 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(before, await App.CountsAsync<NationalJobSeeker>());
        Assert.Equal("Placed", (await (await api.GetAsync($"/api/v1/jobseekers/{id}")).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_employment_service_officers_see_and_register_job_seekers()
    {
        var someone = await App.WithDbAsync(db => db.NationalJobSeekers.Select(j => j.Id).FirstAsync());
        foreach (var role in new[] { "analyst", "employer", "inspector", "worker" })
        {
            var api = await fx.ApiAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/jobseekers")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/jobseekers/{someone}")).StatusCode);
            var before = await App.CountsAsync<NationalJobSeeker>();
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/jobseekers", NewJobSeeker())).StatusCode);
            Assert.Equal(before, await App.CountsAsync<NationalJobSeeker>());
        }
        Assert.NotEqual(HttpStatusCode.OK, (await (await fx.BrowserAsync("analyst")).GetAsync("/jobseekers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await fx.ApiAsync("admission-officer")).GetAsync($"/api/v1/jobseekers/{someone}")).StatusCode);
    }

    [Fact]
    public async Task The_register_page_shows_an_error_next_to_the_field_and_keeps_what_was_typed()
    {
        var browser = await fx.BrowserAsync("admission-officer");
        var before = await App.CountsAsync<NationalJobSeeker>();
        var iin = NewIin();
        var tomorrow = Today.AddDays(1).ToString("yyyy-MM-dd");
        using var response = await CorridorAppFactory.PostFormAsync(browser, "/jobseekers/register", new()
        {
            ["Input.NationalId"] = iin,
            ["Input.GivenName"] = "Әлия",
            ["Input.FamilyName"] = "Нұрланқызы",
            ["Input.Sex"] = "Female",
            ["Input.DateOfBirth"] = tomorrow,
            ["Input.OccupationCode"] = "522",
            ["Input.OrgUnitCode"] = "KZ-AKM-03",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        doc.AssertFieldError("Input_DateOfBirth", "The date of birth cannot be in the future.");
        Assert.Single(doc.QuerySelectorAll(".field.invalid"));
        Assert.Equal(iin, doc.FieldValue("Input_NationalId"));
        Assert.Equal("Әлия", doc.FieldValue("Input_GivenName"));
        Assert.Equal("Нұрланқызы", doc.FieldValue("Input_FamilyName"));
        Assert.Equal("Female", doc.FieldValue("Input_Sex"));
        Assert.Equal(tomorrow, doc.FieldValue("Input_DateOfBirth"));
        Assert.Equal("522", doc.FieldValue("Input_OccupationCode"));
        Assert.Equal("KZ-AKM-03", doc.FieldValue("Input_OrgUnitCode"));
        Assert.Equal(before, await App.CountsAsync<NationalJobSeeker>());
    }

    [Fact]
    public async Task An_edit_through_the_form_shows_in_the_history_on_the_details_page()
    {
        var api = await fx.ApiAsync("admission-officer");
        var form = NewJobSeeker();
        var id = await api.CreateAsync("/api/v1/jobseekers", form);
        var browser = await fx.BrowserAsync("admission-officer");

        // The edit form carries the version and shows the IIN read-only.
        var page = await browser.PageAsync($"/jobseekers/{id}/edit");
        Assert.Equal("1", page.GetElementById("Input_Version")!.GetAttribute("value"));
        Assert.True(page.GetElementById("Input_NationalId")!.HasAttribute("readonly"));

        using var response = await CorridorAppFactory.PostFormAsync(browser, $"/jobseekers/{id}/edit", new()
        {
            ["Input.Version"] = "1",
            ["Input.NationalId"] = (string)form["nationalId"]!,
            ["Input.GivenName"] = "Әлия",
            ["Input.FamilyName"] = "Серікқызы",
            ["Input.Sex"] = "Female",
            ["Input.DateOfBirth"] = "1990-05-17",
            ["Input.OccupationCode"] = "522",
            ["Input.OrgUnitCode"] = "KZ-AKM-01",
            ["Input.Status"] = "Withdrawn",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/jobseekers/{id}", response.Headers.Location!.OriginalString);

        var doc = await browser.PageAsync($"/jobseekers/{id}");
        doc.AssertHistoryShows("FamilyName", "Нұрланқызы", "Серікқызы");
        Assert.Contains("Әлия Серікқызы", doc.QuerySelector("h1")!.TextContent);
    }
}
