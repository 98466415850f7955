using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Audit;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests;

/// <summary>Cyrillic and Latin both work; dates stay dates; times are UTC — on both providers alike.</summary>
public class UnicodeAndTypesTests(SharedApps apps) : IClassFixture<SharedApps>
{
    public static readonly TheoryData<string, string> Names = new()
    {
        { "Алишер", "Каримов" },          // Russian Cyrillic
        { "Әлия", "Нұрланқызы" },        // Kazakh letters
        { "Үмүт", "Өмүрбекова" },         // Kyrgyz
        { "Ҷамшед", "Ҳақназаров" },       // Tajik
        { "Ёркин", "Ёқубов" },
        { "Oʻgʻiloy", "Yoʻldosheva" },    // Uzbek Latin with ʻ (U+02BB)
        { "Alisher", "O'Karimov" },        // Latin with an ASCII apostrophe
    };

    [DatabaseTheory]
    public async Task Cyrillic_and_Latin_names_round_trip_exactly(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        foreach (var (given, family) in Names.Select(row => ((string)row[0], (string)row[1])))
        {
            var id = await client.RegisterAsync(TestData.WorkerBody(given, family));
            var stored = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
            Assert.Equal((given, family), (stored.GivenName, stored.FamilyName));
            Assert.Equal(given.Normalize(), stored.GivenName.Normalize()); // no decomposition on the way
            var api = await client.GetJsonAsync($"/api/v1/workers/{id}");
            Assert.Equal((given, family), (api.GetProperty("givenName").GetString(), api.GetProperty("familyName").GetString()));
            // The trail records the name as given, too.
            var created = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == id.ToString() && e.Action == "created"));
            Assert.Equal(given, JsonDocument.Parse(created.Data).RootElement.GetProperty("GivenName").GetString());
        }
    }

    [DatabaseTheory]
    public async Task Search_finds_Cyrillic_names_whatever_their_case(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var cyrillic = await client.RegisterAsync(TestData.WorkerBody("Алишер", "Тошматов"));
        var latin = await client.RegisterAsync(TestData.WorkerBody("Alisher", "Toshmatov"));
        var kazakh = await client.RegisterAsync(TestData.WorkerBody("Әлия", "Серікқызы"));

        var found = await SearchAsync(client, "алишер");
        Assert.Contains(cyrillic, found.Select(f => f.Id));
        Assert.DoesNotContain(latin, found.Select(f => f.Id)); // search does not transliterate
        Assert.All(found, f => Assert.Contains("АЛИШЕР", $"{f.Given} {f.Family}".ToUpperInvariant()));

        Assert.Contains(cyrillic, (await SearchAsync(client, "АЛИШЕР тошматов")).Select(f => f.Id));
        Assert.Contains(kazakh, (await SearchAsync(client, "СЕРІКҚЫЗЫ")).Select(f => f.Id));
        Assert.Contains(kazakh, (await SearchAsync(client, "әлия")).Select(f => f.Id));

        var latinFound = await SearchAsync(client, "aLiShEr");
        Assert.Contains(latin, latinFound.Select(f => f.Id));
        Assert.DoesNotContain(cyrillic, latinFound.Select(f => f.Id));

        Assert.Empty(await SearchAsync(client, "Ъъъъ"));
    }

    private static async Task<List<(Guid Id, string Given, string Family)>> SearchAsync(HttpClient client, string q)
    {
        var page = await client.GetJsonAsync($"/api/v1/workers?q={Uri.EscapeDataString(q)}&pageSize=200");
        Assert.True(page.GetProperty("total").GetInt32() <= 200, "the search matched more than one page");
        return [.. page.GetProperty("items").EnumerateArray().Select(i =>
            (i.GetProperty("id").GetGuid(), i.GetProperty("givenName").GetString()!, i.GetProperty("familyName").GetString()!))];
    }

    [DatabaseTheory]
    public async Task Dates_round_trip_exactly_and_times_are_UTC(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var passport = TestData.NewPassport();
        var expiry = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddYears(9).AddDays(1);
        var body = TestData.WorkerBody(passport: passport);
        body["dateOfBirth"] = "2000-02-29";
        body["passportExpiry"] = expiry.ToString("yyyy-MM-dd");
        var registeredAt = AuditEvent.TruncateToMicroseconds(app.Clock.GetUtcNow().UtcDateTime);
        var id = await client.RegisterAsync(body);

        var stored = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal(new DateOnly(2000, 2, 29), stored.DateOfBirth);
        Assert.Equal(expiry, stored.PassportExpiry);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, stored.UpdatedAt.Kind);
        Assert.Equal(registeredAt, stored.CreatedAt); // to the microsecond, as the clock said
        Assert.Equal(registeredAt, stored.UpdatedAt);

        var api = await client.GetJsonAsync($"/api/v1/workers/{id}");
        Assert.Equal("2000-02-29", api.GetProperty("dateOfBirth").GetString());
        Assert.Equal(expiry.ToString("yyyy-MM-dd"), api.GetProperty("passportExpiry").GetString());
        Assert.EndsWith("Z", api.GetProperty("createdAt").GetString());
        Assert.Equal(registeredAt, api.GetProperty("createdAt").GetDateTime().ToUniversalTime());

        // An edit ten minutes later (within the token's hour) moves UpdatedAt only.
        app.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromTicks(1_234_567));
        var editedAt = AuditEvent.TruncateToMicroseconds(app.Clock.GetUtcNow().UtcDateTime);
        var edit = TestData.WorkerBody("Алишербек", passport: passport, version: 1);
        edit["dateOfBirth"] = "2000-02-29";
        edit["passportExpiry"] = expiry.ToString("yyyy-MM-dd");
        (await client.PutAsJsonAsync($"/api/v1/workers/{id}", edit)).EnsureSuccessStatusCode();
        var edited = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal(registeredAt, edited.CreatedAt);
        Assert.Equal(editedAt, edited.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, edited.UpdatedAt.Kind);
        Assert.Equal(new DateOnly(2000, 2, 29), edited.DateOfBirth);

        // The audit events carry the same instants.
        var events = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == id.ToString()).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal([registeredAt, editedAt], events.Select(e => e.OccurredAt));
        Assert.All(events, e => Assert.Equal(DateTimeKind.Utc, e.OccurredAt.Kind));
    }
}
