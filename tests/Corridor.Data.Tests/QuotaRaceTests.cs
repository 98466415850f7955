using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests;

/// <summary>
/// Issue: quota use is exact under concurrency. Eight admission officers approve the last slot of a
/// quota at the same moment: exactly one succeeds, seven get a clear "no quota left" refusal, the
/// quota ends exactly full, and the audit chain records exactly the one approval.
/// </summary>
public class QuotaRaceTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static int _year = 2070;

    [PostgresFact]
    public Task Eight_officers_racing_for_the_last_slot_on_PostgreSQL_one_wins() => RaceAsync(TestProvider.Postgres);

    /// <summary>SQLite's single writer queues the same requests; the outcome must be the same.</summary>
    [Fact]
    public Task Eight_officers_racing_for_the_last_slot_on_SQLite_one_wins() => RaceAsync(TestProvider.Sqlite);

    private async Task RaceAsync(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var policyOfficer = await app.ApiClientAsync("policy-officer");
        var created = await policyOfficer.PostAsJsonAsync("/api/v1/admission/quotas",
            new { year = Interlocked.Increment(ref _year), isicSection = "F", total = 3, reserve = 0 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var quota = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var employer = await app.WithDbAsync(db => db.Employers.Select(e => e.Id).FirstAsync());
        var officers = new List<HttpClient>();
        for (var i = 0; i < 8; i++) officers.Add(await app.ApiClientAsync("admission-officer"));
        // Two slots taken the ordinary way: one left.
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await officers[i].PostAsJsonAsync($"/api/v1/admission/quotas/{quota}/approve-slot",
                new { employerId = employer, reason = $"Case {i}" })).StatusCode);
        var before = await app.LastSequenceAsync();

        using var start = new SemaphoreSlim(0);
        var racing = officers.Select(async (c, i) =>
        {
            await start.WaitAsync();
            return await c.PostAsJsonAsync($"/api/v1/admission/quotas/{quota}/approve-slot", new { employerId = employer, reason = $"Race {i}" });
        }).ToList();
        start.Release(officers.Count);
        var responses = await Task.WhenAll(racing);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        var outcomes = responses.Zip(bodies).Select(x => $"{(int)x.First.StatusCode}: {x.Second}").ToList();
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) == 1, string.Join("\n", outcomes));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict) == 7, string.Join("\n", outcomes));
        foreach (var (response, body) in responses.Zip(bodies).Where(x => x.First.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("No quota left for sector F", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
        }
        var allocated = await app.WithDbAsync(db => db.NationalQuotas.Where(q => q.Id == quota).Select(q => new { q.Allocated, q.Total }).SingleAsync());
        Assert.Equal(3, allocated.Allocated);
        Assert.Equal(allocated.Total, allocated.Allocated);

        var events = await app.AuditEventsAsync(before);
        var approval = Assert.Single(events, e => e.Action == "quota.slot-approved");
        Assert.Equal(quota.ToString(), approval.EntityId);
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "quota.slot-approved" && e.EntityId == quota.ToString())));
        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.Intact, verification.Describe());
    }
}
