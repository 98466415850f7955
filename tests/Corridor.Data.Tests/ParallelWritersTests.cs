using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests;

/// <summary>Real parallel writers: the audit chain must neither fork nor lose a link, edits must not be lost.</summary>
public class ParallelWritersTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [PostgresFact]
    public Task Sixteen_parallel_registrations_all_succeed_and_the_chain_stays_whole_on_PostgreSQL() =>
        ParallelRegistrations(TestProvider.Postgres);

    /// <summary>SQLite is the embedded default: its single writer must queue the requests, not fail them.</summary>
    [Fact]
    public Task Sixteen_parallel_registrations_all_succeed_and_the_chain_stays_whole_on_SQLite() =>
        ParallelRegistrations(TestProvider.Sqlite);

    private async Task ParallelRegistrations(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 16; i++) clients.Add(await app.ApiClientAsync("admin"));
        var before = await app.LastSequenceAsync();

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.PostAsJsonAsync("/api/v1/workers", TestData.WorkerBody("Параллель", $"Рабочий {i}"))));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(responses.Zip(bodies), r => Assert.True(r.First.StatusCode == HttpStatusCode.Created, $"{(int)r.First.StatusCode}: {r.Second}"));
        var ids = bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Equal(16, ids.Count);

        var events = await app.AuditEventsAsync(before);
        Assert.Equal(Enumerable.Range(1, 16).Select(n => before + n), events.Select(e => e.Sequence));
        Assert.Equal(ids.Select(i => i.ToString()).Order(), events.Select(e => e.EntityId).Order());
        Assert.All(events, e => Assert.Equal("created", e.Action));
        for (var i = 1; i < events.Count; i++) Assert.Equal(events[i - 1].Hash, events[i].PreviousHash);

        var sequences = await app.WithDbAsync(db => db.AuditEvents.Select(e => e.Sequence).ToListAsync());
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(sequences.Count, sequences.Max()); // 1..N, nothing missing
        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.Intact, verification.Describe());
        Assert.Equal(16, await app.WithDbAsync(db => db.MigrantWorkers.CountAsync(w => ids.Contains(w.Id))));
    }

    [PostgresFact]
    public async Task Two_parallel_edits_of_the_same_version_give_one_200_and_one_409()
    {
        var app = await apps.GetAsync(TestProvider.Postgres);
        var (one, two) = (await app.ApiClientAsync("admin"), await app.ApiClientAsync("admission-officer"));
        var passport = TestData.NewPassport();
        var id = await one.RegisterAsync(TestData.WorkerBody("Алишер", "Каримов", passport));
        var before = await app.LastSequenceAsync();

        var names = new[] { "Юсупов", "Рахимов" };
        var responses = await Task.WhenAll(new[] { one, two }.Select((c, i) =>
            c.PutAsJsonAsync($"/api/v1/workers/{id}", TestData.WorkerBody("Алишер", names[i], passport, version: 1))));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var winner = names[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var stored = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal((winner, 2), (stored.FamilyName, stored.Version));
        var e = Assert.Single(await app.AuditEventsAsync(before));
        Assert.Equal("updated", e.Action);
        Assert.Equal(winner, JsonDocument.Parse(e.Data).RootElement.GetProperty("FamilyName")[1].GetString());
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    /// <summary>
    /// Both requests pass the handler's "already registered?" check before either saves; the unique
    /// index decides, and the loser gets a field error, not a server error.
    /// </summary>
    [DatabaseTheory]
    public async Task Parallel_registrations_of_one_passport_store_it_once_and_refuse_the_rest_by_field(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 8; i++) clients.Add(await app.ApiClientAsync("admin"));
        var passport = TestData.NewPassport();

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.PostAsJsonAsync("/api/v1/workers", TestData.WorkerBody("Дубликат", $"Паспорт {i}", passport))));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Zip(bodies).Where(r => r.First.StatusCode != HttpStatusCode.Created), r =>
        {
            Assert.True(r.First.StatusCode == HttpStatusCode.BadRequest, $"{(int)r.First.StatusCode}: {r.Second}");
            Assert.True(JsonDocument.Parse(r.Second).RootElement.GetProperty("errors").TryGetProperty("passportNumber", out _), r.Second);
        });
        Assert.Equal(1, await app.WithDbAsync(db => db.MigrantWorkers.CountAsync(w => w.PassportNumber == passport)));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }
}
