using System.Net;
using Corridor.Testing;

namespace Corridor.Data.Tests;

public class SmokeTests
{
    [DatabaseTheory]
    public async Task App_starts_migrated_and_reports_healthy(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var client = await app.ApiClientAsync("admin");
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(provider == TestProvider.Postgres ? "postgres" : "sqlite", await health.Content.ReadAsStringAsync());
    }
}
