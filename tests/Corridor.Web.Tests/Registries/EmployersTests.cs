using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Registries;

public sealed class EmployersTests(SeededApp fx) : IClassFixture<SeededApp>
{
    private CorridorAppFactory App => fx.App;

    private static Dictionary<string, object?> NewEmployer() => new()
    {
        ["registrationNumber"] = $"T{RegistryKit.Serial():00000000}",
        ["name"] = "ТОО «Тест Құрылыс»",
        ["isicSection"] = "F",
        ["isicDivision"] = "41",
        ["orgUnitCode"] = "KZ-AKM-01",
        ["nationalEmployees"] = 40,
        ["address"] = "ул. Абая, 1",
        ["phone"] = "+7 701 555 0101",
        ["email"] = "office@test.example",
    };

    [DatabaseTheory]
    public async Task Register_read_edit_and_list_round_trip(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var api = await app.ApiClientAsync("admission-officer");
        var form = NewEmployer();

        var id = await api.CreateAsync("/api/v1/employers", form);
        var read = await (await api.GetAsync($"/api/v1/employers/{id}")).JsonAsync();
        Assert.Equal(form["registrationNumber"], read.GetProperty("registrationNumber").GetString());
        Assert.Equal("ТОО «Тест Құрылыс»", read.GetProperty("name").GetString());
        Assert.Equal("KZ-AKM-01", read.GetProperty("orgUnitCode").GetString());
        Assert.Equal(40, read.GetProperty("nationalEmployees").GetInt32());
        Assert.Equal(1, read.GetProperty("version").GetInt32());

        var edit = form.With("name", "ТОО «Жаңа Атау»").With("isicDivision", "43").With("nationalEmployees", 0).With("version", 1);
        using var put = await api.PutAsJsonAsync($"/api/v1/employers/{id}", edit);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await put.JsonAsync()).GetProperty("version").GetInt32());
        read = await (await api.GetAsync($"/api/v1/employers/{id}")).JsonAsync();
        Assert.Equal("ТОО «Жаңа Атау»", read.GetProperty("name").GetString());
        Assert.Equal("43", read.GetProperty("isicDivision").GetString());
        Assert.Equal(0, read.GetProperty("nationalEmployees").GetInt32());
        var updated = read.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("action").GetString() == "updated");
        Assert.Contains(updated.GetProperty("changes").EnumerateArray(), c =>
            c.GetProperty("field").GetString() == "Name" && c.GetProperty("from").GetString() == "ТОО «Тест Құрылыс»"
            && c.GetProperty("to").GetString() == "ТОО «Жаңа Атау»");

        // Search is case-insensitive for Cyrillic too (search keys are upper-cased by the application).
        var found = await (await api.GetAsync("/api/v1/employers?q=" + Uri.EscapeDataString("жаңа атау"))).JsonAsync();
        Assert.Equal(id, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        // Filters and paging agree with the database.
        var (all, inAkmola, construction) = await app.WithDbAsync(async db =>
        {
            var akmola = await db.OrgUnits.Where(u => u.Path.StartsWith("/KZ/KZ-AKM/")).Select(u => u.Id).ToListAsync();
            return (await db.Employers.CountAsync(), await db.Employers.CountAsync(e => akmola.Contains(e.OrgUnitId)),
                await db.Employers.CountAsync(e => e.IsicSection == "F"));
        });
        var page2 = await (await api.GetAsync("/api/v1/employers?page=2&pageSize=5")).JsonAsync();
        Assert.Equal(all, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(5, page2.GetProperty("items").GetArrayLength());
        var region = await (await api.GetAsync("/api/v1/employers?orgUnit=KZ-AKM&pageSize=200")).JsonAsync();
        Assert.Equal(inAkmola, region.GetProperty("total").GetInt32());
        Assert.InRange(inAkmola, 1, all - 1);
        var sector = await (await api.GetAsync("/api/v1/employers?isicSection=f&pageSize=200")).JsonAsync();
        Assert.Equal(construction, sector.GetProperty("total").GetInt32());
        Assert.All(sector.GetProperty("items").EnumerateArray(), e => Assert.Equal("F", e.GetProperty("isicSection").GetString()));
    }

    public static TheoryData<string, object?> BadFields => new()
    {
        { "registrationNumber", null },
        { "registrationNumber", "1234" },
        { "registrationNumber", new string('7', 33) },
        { "registrationNumber", "12-34567" },
        { "name", null },
        { "name", "   " },
        { "name", new string('N', 201) },
        { "isicSection", null },
        { "isicSection", "Z" },
        { "isicDivision", null },
        { "isicDivision", "04" },
        { "isicDivision", "01" }, // agriculture: not part of section F
        { "orgUnitCode", null },
        { "orgUnitCode", "KZ-NOWHERE" },
        { "nationalEmployees", null },
        { "nationalEmployees", -1 },
        { "address", new string('a', 301) },
        { "phone", "call the office" },
        { "email", "office.example" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Each_rule_refuses_bad_input_by_field_and_changes_nothing(string field, object? value)
    {
        var api = await fx.ApiAsync("admission-officer");
        await App.AssertRefusedAsync<Employer>(() => api.PostAsJsonAsync("/api/v1/employers", NewEmployer().With(field, value)), field);
    }

    [Fact]
    public async Task A_registration_number_is_registered_once_whatever_its_case_or_spacing()
    {
        var api = await fx.ApiAsync("admission-officer");
        var form = NewEmployer();
        await api.CreateAsync("/api/v1/employers", form);
        var again = $"  {((string)form["registrationNumber"]!).ToLowerInvariant()} ";
        await App.AssertRefusedAsync<Employer>(() => api.PostAsJsonAsync("/api/v1/employers", NewEmployer().With("registrationNumber", again)),
            "registrationNumber");
    }

    [Fact]
    public async Task An_edit_cannot_change_the_registration_number_or_break_a_rule()
    {
        var api = await fx.ApiAsync("admission-officer");
        var form = NewEmployer();
        var id = await api.CreateAsync("/api/v1/employers", form);
        var edit = form.With("version", 1);

        await App.AssertRefusedAsync<Employer>(() => api.PutAsJsonAsync($"/api/v1/employers/{id}", edit.With("registrationNumber", "T99999999")),
            "registrationNumber");
        await App.AssertRefusedAsync<Employer>(() => api.PutAsJsonAsync($"/api/v1/employers/{id}", edit.With("isicDivision", "01")), "isicDivision");
        await App.AssertRefusedAsync<Employer>(() => api.PutAsJsonAsync($"/api/v1/employers/{id}", edit.With("orgUnitCode", "KZ-NOWHERE")),
            "orgUnitCode");
        var read = await (await api.GetAsync($"/api/v1/employers/{id}")).JsonAsync();
        Assert.Equal(1, read.GetProperty("version").GetInt32());
        Assert.Equal("41", read.GetProperty("isicDivision").GetString());
    }

    [Fact]
    public async Task A_save_based_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var api = await fx.ApiAsync("admission-officer");
        var form = NewEmployer();
        var id = await api.CreateAsync("/api/v1/employers", form);
        using var first = await api.PutAsJsonAsync($"/api/v1/employers/{id}", form.With("name", "First editor").With("version", 1));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var before = await App.CountsAsync<Employer>();
        using var second = await api.PutAsJsonAsync($"/api/v1/employers/{id}", form.With("name", "Second editor").With("version", 1));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(before, await App.CountsAsync<Employer>());
        Assert.Equal("First editor", (await (await api.GetAsync($"/api/v1/employers/{id}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_edit_page_shows_a_conflict_as_a_form_message()
    {
        var api = await fx.ApiAsync("admission-officer");
        var form = NewEmployer();
        var id = await api.CreateAsync("/api/v1/employers", form);
        var browser = await fx.BrowserAsync("admission-officer");
        using var first = await api.PutAsJsonAsync($"/api/v1/employers/{id}", form.With("name", "Meanwhile").With("version", 1));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var response = await CorridorAppFactory.PostFormAsync(browser, $"/employers/{id}/edit", new()
        {
            ["Input.Version"] = "1",
            ["Input.RegistrationNumber"] = (string)form["registrationNumber"]!,
            ["Input.Name"] = "Too late",
            ["Input.IsicSection"] = "F",
            ["Input.IsicDivision"] = "41",
            ["Input.OrgUnitCode"] = "KZ-AKM-01",
            ["Input.NationalEmployees"] = "40",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        Assert.Contains("Someone else changed this record", doc.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Too late", doc.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.Equal("Meanwhile", (await (await api.GetAsync($"/api/v1/employers/{id}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_employer_account_sees_only_its_own_employer()
    {
        var (own, other) = await App.WithDbAsync(async db =>
        {
            var mine = await db.Users.Where(u => u.Email == CorridorAppFactory.EmailOf("employer")).Select(u => u.EmployerId!.Value).SingleAsync();
            return (mine, await db.Employers.Where(e => e.Id != mine).Select(e => e.Id).FirstAsync());
        });
        var api = await fx.ApiAsync("employer");

        var list = await (await api.GetAsync("/api/v1/employers?pageSize=200")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(own, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/employers/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/employers/{other}")).StatusCode);

        var edit = NewEmployer().With("version", 1);
        Assert.Contains((await api.PutAsJsonAsync($"/api/v1/employers/{other}", edit)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await api.PutAsJsonAsync($"/api/v1/employers/{own}", edit)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/employers", NewEmployer())).StatusCode);

        var browser = await fx.BrowserAsync("employer");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/employers/{other}")).StatusCode);
        var page = await browser.PageAsync("/employers");
        Assert.Equal($"/employers/{own}", Assert.Single(page.QuerySelectorAll("tbody tr td:first-child a")).GetAttribute("href"));
    }

    [Fact]
    public async Task Accounts_without_the_manage_permission_cannot_register_employers()
    {
        foreach (var role in new[] { "worker", "analyst", "inspector" })
        {
            var api = await fx.ApiAsync(role);
            var before = await App.CountsAsync<Employer>();
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/employers", NewEmployer())).StatusCode);
            Assert.Equal(before, await App.CountsAsync<Employer>());
        }
        var worker = await fx.BrowserAsync("worker");
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/employers/register")).StatusCode);
    }

    [Fact]
    public async Task The_register_page_shows_an_error_next_to_the_field_and_keeps_what_was_typed()
    {
        var browser = await fx.BrowserAsync("admission-officer");
        var before = await App.CountsAsync<Employer>();
        using var response = await CorridorAppFactory.PostFormAsync(browser, "/employers/register", new()
        {
            ["Input.RegistrationNumber"] = "T12345678",
            ["Input.Name"] = "ТОО «Ақ Жол»",
            ["Input.IsicSection"] = "F",
            ["Input.IsicDivision"] = "01",
            ["Input.OrgUnitCode"] = "KZ-AKM-02",
            ["Input.NationalEmployees"] = "12",
            ["Input.Email"] = "hr@akzhol.example",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        doc.AssertFieldError("Input_IsicDivision", "Division 01 does not belong to section F.");
        Assert.Single(doc.QuerySelectorAll(".field.invalid"));
        Assert.Equal("ТОО «Ақ Жол»", doc.FieldValue("Input_Name"));
        Assert.Equal("T12345678", doc.FieldValue("Input_RegistrationNumber"));
        Assert.Equal("F", doc.FieldValue("Input_IsicSection"));
        Assert.Equal("01", doc.FieldValue("Input_IsicDivision"));
        Assert.Equal("KZ-AKM-02", doc.FieldValue("Input_OrgUnitCode"));
        Assert.Equal("12", doc.FieldValue("Input_NationalEmployees"));
        Assert.Equal("hr@akzhol.example", doc.FieldValue("Input_Email"));
        Assert.Equal(before, await App.CountsAsync<Employer>());
        // Districts are offered grouped under their region.
        Assert.NotNull(doc.QuerySelector("#Input_OrgUnitCode optgroup[label='Akmola Region'] option[value='KZ-AKM-02']"));
    }

    [Fact]
    public async Task The_details_page_lists_the_employers_workers_and_shows_an_edit_in_the_history()
    {
        var (id, workers) = await App.WithDbAsync(async db => await db.MigrantWorkers.Where(w => w.CurrentEmployerId != null)
            .GroupBy(w => w.CurrentEmployerId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).Select(g => ValueTuple.Create(g.Key, g.Count)).FirstAsync());
        var api = await fx.ApiAsync("admission-officer");
        var before = await (await api.GetAsync($"/api/v1/employers/{id}")).JsonAsync();
        var edit = new Dictionary<string, object?>
        {
            ["registrationNumber"] = before.GetProperty("registrationNumber").GetString(),
            ["name"] = "ТОО «Переименовано»",
            ["isicSection"] = before.GetProperty("isicSection").GetString(),
            ["isicDivision"] = before.GetProperty("isicDivision").GetString(),
            ["orgUnitCode"] = before.GetProperty("orgUnitCode").GetString(),
            ["nationalEmployees"] = before.GetProperty("nationalEmployees").GetInt32() + 5,
            ["version"] = before.GetProperty("version").GetInt32(),
        };
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/employers/{id}", edit)).StatusCode);

        var doc = await (await fx.BrowserAsync("admission-officer")).PageAsync($"/employers/{id}");
        Assert.Contains("ТОО «Переименовано»", doc.QuerySelector("h1")!.TextContent);
        doc.AssertHistoryShows("Name", before.GetProperty("name").GetString()!, "ТОО «Переименовано»");
        doc.AssertHistoryShows("NationalEmployees", $"{before.GetProperty("nationalEmployees").GetInt32()}", $"{(int)edit["nationalEmployees"]! }");
        var linked = doc.QuerySelector("section.linked")!;
        Assert.Contains($"({workers})", linked.QuerySelector("h2")!.TextContent);
        Assert.Equal(Math.Min(workers, 25), linked.QuerySelectorAll("tbody tr").Length);
        Assert.Equal($"/workers?Query.EmployerId={id}", linked.QuerySelector("p a")!.GetAttribute("href"));

        // The link lists exactly that employer's workers.
        var all = await (await fx.BrowserAsync("admission-officer")).PageAsync($"/workers?Query.EmployerId={id}&Query.PageSize=200");
        Assert.Equal(workers, all.QuerySelectorAll("tbody tr").Length);
    }
}

/// <summary>One seeded app per test class (seeding is the slow part); tests only add records, so they do not disturb each other.</summary>
public sealed class SeededApp : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _api = [];
    private readonly Dictionary<string, HttpClient> _browsers = [];

    public CorridorAppFactory App { get; } = new();

    public async Task InitializeAsync() => await App.SeedAsync();

    public Task DisposeAsync()
    {
        foreach (var client in _api.Values.Concat(_browsers.Values)) client.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }

    public async Task<HttpClient> ApiAsync(string role) =>
        _api.TryGetValue(role, out var client) ? client : _api[role] = await App.ApiClientAsync(role);

    public async Task<HttpClient> BrowserAsync(string role) =>
        _browsers.TryGetValue(role, out var client) ? client : _browsers[role] = await App.BrowserClientAsync(role);
}

/// <summary>Helpers the three registry test classes share.</summary>
internal static class RegistryKit
{
    private static int _serial;

    /// <summary>A number no other call in this test run gets, for unique registration, licence and ID numbers.</summary>
    public static int Serial() => Interlocked.Increment(ref _serial);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> form, string field, object? value) =>
        new(form) { [field] = value };

    public static Task<(int Rows, int AuditEvents)> CountsAsync<T>(this CorridorAppFactory app) where T : class =>
        app.WithDbAsync(async db => (await db.Set<T>().CountAsync(), await db.AuditEvents.CountAsync()));

    public static async Task<Guid> CreateAsync(this HttpClient api, string path, object form)
    {
        using var response = await api.PostAsJsonAsync(path, form);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>The request is refused as invalid naming exactly <paramref name="field"/>; neither the registry nor the audit trail changed.</summary>
    public static async Task AssertRefusedAsync<T>(this CorridorAppFactory app, Func<Task<HttpResponseMessage>> send, string field) where T : class
    {
        var before = await app.CountsAsync<T>();
        using var response = await send();
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var errors = body.GetProperty("errors");
        Assert.Equal(new[] { field }, errors.EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
        Assert.Equal(before, await app.CountsAsync<T>());
    }

    public static async Task<IDocument> PageAsync(this HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await response.ParseAsync();
    }

    public static async Task<IDocument> ParseAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The field is marked invalid and its own message sits inside the same field block.</summary>
    public static void AssertFieldError(this IDocument doc, string id, string message)
    {
        var input = doc.GetElementById(id) ?? throw new InvalidOperationException($"No #{id}.");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var field = input.Closest(".field")!;
        Assert.Contains("invalid", field.ClassList);
        var error = field.QuerySelector("p.error")!;
        Assert.Equal($"{id}-error", error.Id);
        Assert.Contains($"{id}-error", input.GetAttribute("aria-describedby"));
        Assert.Contains(message, error.TextContent);
    }

    public static string? FieldValue(this IDocument doc, string id) => doc.GetElementById(id) switch
    {
        IHtmlSelectElement select => select.Value,
        { } input => input.GetAttribute("value"),
        null => throw new InvalidOperationException($"No #{id}."),
    };

    public static void AssertHistoryShows(this IDocument doc, string field, string from, string to) =>
        Assert.Contains(doc.QuerySelectorAll(".history .changes li"), li => li.TextContent.Trim() == $"{field}: {from} → {to}");
}
