using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Data.Tests;

/// <summary>Optimistic concurrency: the second save of a stale version is refused, never silently lost.</summary>
public class ConcurrencyTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [DatabaseTheory]
    public async Task Of_two_contexts_editing_one_worker_the_second_save_conflicts_and_the_first_edit_stays(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var worker = TestData.NewWorker(TestData.Particulars("Алишер", "Каримов"));
        await app.WithDbAsync(db => { db.MigrantWorkers.Add(worker); return db.SaveChangesAsync(); });
        var before = await app.LastSequenceAsync();

        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var w1 = await db1.MigrantWorkers.SingleAsync(w => w.Id == worker.Id);
        var w2 = await db2.MigrantWorkers.SingleAsync(w => w.Id == worker.Id);
        Assert.Equal((1, 1), (w1.Version, w2.Version));

        w1.Update(w1.Particulars with { FamilyName = "Юсупов" });
        w2.Update(w2.Particulars with { FamilyName = "Рахимов", OccupationCode = "931" });
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var stored = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == worker.Id));
        Assert.Equal(("Юсупов", "711", 2), (stored.FamilyName, stored.OccupationCode, stored.Version));
        // Only the save that happened is in the trail.
        var e = Assert.Single(await app.AuditEventsAsync(before));
        Assert.Equal(("updated", worker.Id.ToString()), (e.Action, e.EntityId));
        Assert.Equal("Юсупов", JsonDocument.Parse(e.Data).RootElement.GetProperty("FamilyName")[1].GetString());
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [DatabaseTheory]
    public async Task A_PUT_with_a_stale_version_gets_409_and_changes_nothing(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var passport = TestData.NewPassport();
        var id = await client.RegisterAsync(TestData.WorkerBody("Алишер", "Каримов", passport));
        var read = await client.GetJsonAsync($"/api/v1/workers/{id}");
        var version = read.GetProperty("version").GetInt32();
        Assert.Equal(1, version);

        var ok = await client.PutAsJsonAsync($"/api/v1/workers/{id}", TestData.WorkerBody("Алишер", "Юсупов", passport, version: version));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var before = await app.LastSequenceAsync();

        // A second editor who opened version 1 saves later.
        var stale = await client.PutAsJsonAsync($"/api/v1/workers/{id}", TestData.WorkerBody("Алишер", "Рахимов", passport, version: version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Contains("Someone else changed this record", problem.GetProperty("detail").GetString());

        var after = await client.GetJsonAsync($"/api/v1/workers/{id}");
        Assert.Equal("Юсупов", after.GetProperty("familyName").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.Equal(before, await app.LastSequenceAsync());

        // With the current version the same edit goes through.
        var retry = await client.PutAsJsonAsync($"/api/v1/workers/{id}", TestData.WorkerBody("Алишер", "Рахимов", passport, version: 2));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("Рахимов", (await client.GetJsonAsync($"/api/v1/workers/{id}")).GetProperty("familyName").GetString());
    }

    [DatabaseTheory]
    public async Task A_PUT_from_the_future_is_refused_too(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var passport = TestData.NewPassport();
        var id = await client.RegisterAsync(TestData.WorkerBody(passport: passport));
        var response = await client.PutAsJsonAsync($"/api/v1/workers/{id}", TestData.WorkerBody("Иван", passport: passport, version: 7));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Алишер", (await app.WithDbAsync(db => db.MigrantWorkers.SingleAsync(w => w.Id == id))).GivenName);
    }
}
