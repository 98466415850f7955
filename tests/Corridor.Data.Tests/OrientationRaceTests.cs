using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Data.Tests;

/// <summary>
/// Issue 4, orientation: seats are exact under concurrency. Eight agencies' officers enrol eight different
/// workers for the last seat of a session at the same moment: exactly one succeeds, seven get a clear
/// "session is full", the session ends exactly full, and the audit chain records the one enrolment.
/// </summary>
public class OrientationRaceTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [PostgresFact]
    public Task Eight_enrolments_racing_for_the_last_seat_on_PostgreSQL_one_wins() => RaceAsync(TestProvider.Postgres);

    /// <summary>SQLite's single writer queues the same requests; the outcome must be the same.</summary>
    [Fact]
    public Task Eight_enrolments_racing_for_the_last_seat_on_SQLite_one_wins() => RaceAsync(TestProvider.Sqlite);

    private async Task RaceAsync(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var (session, workers) = await app.WithDbAsync(async db =>
        {
            var c = new OrientationCurriculum($"RACE-{Random.Shared.Next(100_000, 999_999)}", "Race", "Гонка", "RUS", null, OrientationAudience.All, 8,
                [OrientationTopic.ContractRights], 12, 100);
            var s = new OrientationSession(c, "Centre", null, true, null, "ru", today.AddDays(5), today.AddDays(5), 3, today);
            db.AddRange(c, s);
            var list = Enumerable.Range(0, 10).Select(i => new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars("Race", $"Worker{i}", Sex.Male,
                today.AddYears(-30), "KAZ", $"RC{Random.Shared.Next(1_000_000, 9_999_999)}", "KAZ", today.AddYears(5), "711", MigrationDirection.Outbound,
                "RUS", "ru", null, null))).ToList();
            db.MigrantWorkers.AddRange(list);
            await db.SaveChangesAsync();
            return (s, list);
        });
        var regulators = new List<HttpClient>();
        for (var i = 0; i < 8; i++) regulators.Add(await app.ApiClientAsync("recruitment-regulator"));
        // Two seats taken the ordinary way: one left.
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Created, (await regulators[i].PostAsJsonAsync($"/api/v1/recruitment/orientation/sessions/{session.Id}/enrolments",
                new { workerNumber = workers[i].WorkerNumber })).StatusCode);
        var before = await app.LastSequenceAsync();

        using var start = new SemaphoreSlim(0);
        var racing = regulators.Select(async (c, i) =>
        {
            await start.WaitAsync();
            return await c.PostAsJsonAsync($"/api/v1/recruitment/orientation/sessions/{session.Id}/enrolments", new { workerNumber = workers[i + 2].WorkerNumber });
        }).ToList();
        start.Release(regulators.Count);
        var responses = await Task.WhenAll(racing);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        var outcomes = string.Join("\n", responses.Zip(bodies).Select(x => $"{(int)x.First.StatusCode}: {x.Second}"));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Created) == 1, outcomes);
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict) == 7, outcomes);
        foreach (var body in bodies.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Conflict))
            Assert.Contains("The session is full", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());

        var stored = await app.WithDbAsync(async db => (
            await db.OrientationSessions.Where(s => s.Id == session.Id).Select(s => s.Enrolled).SingleAsync(),
            await db.OrientationEnrolments.CountAsync(e => e.SessionId == session.Id)));
        Assert.Equal((3, 3), stored);
        var events = await app.AuditEventsAsync(before);
        Assert.Single(events, e => e.Action == "orientation.enrolled" && e.EntityId == session.Id.ToString());
        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.Intact, verification.Describe());
    }
}
