using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests;

/// <summary>A passport number is unique per issuing country.</summary>
public class UniquenessTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [DatabaseTheory]
    public async Task The_same_passport_from_the_same_country_is_refused_with_a_field_error(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var passport = TestData.NewPassport("UQ");
        await client.RegisterAsync(TestData.WorkerBody("Алишер", "Каримов", passport, "UZB"));
        var workers = await app.WithDbAsync(db => db.MigrantWorkers.CountAsync());
        var sequence = await app.LastSequenceAsync();

        // Typed differently (case, spaces), it is still the same passport.
        var typed = $"{passport[..3].ToLowerInvariant()} {passport[3..]}";
        var response = await client.PostAsJsonAsync("/api/v1/workers", TestData.WorkerBody("Бахтиёр", "Усмонов", typed, "uzb"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal(["passportNumber"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Contains("already registered", errors.GetProperty("passportNumber")[0].GetString());

        Assert.Equal(workers, await app.WithDbAsync(db => db.MigrantWorkers.CountAsync()));
        Assert.Equal(sequence, await app.LastSequenceAsync());
        Assert.False(await app.WithDbAsync(db => db.MigrantWorkers.AnyAsync(w => w.GivenName == "Бахтиёр" && w.PassportNumber == passport)));
    }

    [DatabaseTheory]
    public async Task The_same_number_from_another_country_is_another_passport(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var passport = TestData.NewPassport("UQ");
        var uzbek = await client.RegisterAsync(TestData.WorkerBody("Алишер", "Каримов", passport, "UZB"));
        var tajik = await client.RegisterAsync(TestData.WorkerBody("Ҷамшед", "Қодиров", passport, "TJK"));
        var holders = await app.WithDbAsync(db => db.MigrantWorkers.Where(w => w.PassportNumber == passport)
            .OrderBy(w => w.PassportIssuingCountry).Select(w => new { w.Id, w.PassportIssuingCountry }).ToListAsync());
        Assert.Equal([(tajik, "TJK"), (uzbek, "UZB")], holders.Select(h => (h.Id, h.PassportIssuingCountry)));
    }

    [DatabaseTheory]
    public async Task An_edit_cannot_take_over_another_workers_passport(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var (taken, own) = (TestData.NewPassport("UQ"), TestData.NewPassport("UQ"));
        await client.RegisterAsync(TestData.WorkerBody("Алишер", "Каримов", taken, "KGZ"));
        var id = await client.RegisterAsync(TestData.WorkerBody("Үмүт", "Өмүрбекова", own, "KGZ"));
        var sequence = await app.LastSequenceAsync();

        var response = await client.PutAsJsonAsync($"/api/v1/workers/{id}", TestData.WorkerBody("Үмүт", "Өмүрбекова", taken, "KGZ", version: 1));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("passportNumber", out _));
        var stored = await app.WithDbAsync(db => db.MigrantWorkers.SingleAsync(w => w.Id == id));
        Assert.Equal((own, 1), (stored.PassportNumber, stored.Version));
        Assert.Equal(sequence, await app.LastSequenceAsync());

        // Saving one's own passport again is not a clash with oneself.
        var same = await client.PutAsJsonAsync($"/api/v1/workers/{id}", TestData.WorkerBody("Үмүт", "Өмүрбек кызы", own, "KGZ", version: 1));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
    }
}
