using System.Net;
using System.Net.Http.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Recruitment;

/// <summary>An agency of the test's own, with an API client and a browser client signed in as it.</summary>
public sealed record OrientationAgency(RecruitmentAgency Agency, string Email, HttpClient Api);

/// <summary>Builds the facts of an orientation test directly, so each test controls who fits which curriculum.</summary>
public static class OrientationKit
{
    public const string Api = "/api/v1/recruitment/orientation";

    public static Task<OrientationCurriculum> CurriculumAsync(this CorridorAppFactory app, string? destination = "RUS", string? occupation = null,
        OrientationAudience audience = OrientationAudience.All, int hours = 16, int minimumPercent = 100, int months = 12) =>
        app.WithDbAsync(async db =>
        {
            var c = new OrientationCurriculum($"T-{Random.Shared.Next(100_000, 999_999)}", "Test orientation", "Тестовая ориентация", destination, occupation,
                audience, hours, Enum.GetValues<OrientationTopic>(), months, minimumPercent);
            db.OrientationCurricula.Add(c);
            await db.SaveChangesAsync();
            return c;
        });

    /// <summary>A planned session starting <paramref name="startsInDays"/> days from today (0 = today: it may be marked held at once).</summary>
    public static Task<OrientationSession> SessionAsync(this CorridorAppFactory app, OrientationCurriculum c, int capacity = 10, int startsInDays = 7) =>
        app.WithDbAsync(async db =>
        {
            var today = app.Today();
            var s = new OrientationSession(c, "Astana migration training centre", "Astana, Mangilik El 8", false, null, "ru",
                today.AddDays(startsInDays), today.AddDays(startsInDays + 1), capacity, today);
            db.OrientationSessions.Add(s);
            await db.SaveChangesAsync();
            return s;
        });

    /// <summary>Workers enrolled straight into a session (the seat taken as the database would), for attendance tests.</summary>
    public static Task<List<OrientationEnrolment>> EnrolDirectlyAsync(this CorridorAppFactory app, OrientationSession session, params MigrantWorker[] workers) =>
        app.WithDbAsync(async db =>
        {
            var s = await db.OrientationSessions.SingleAsync(x => x.Id == session.Id);
            var list = workers.Select(w => { s.TakeSeat(); return new OrientationEnrolment(s, w.Id, "test", DateTime.UtcNow); }).ToList();
            db.OrientationEnrolments.AddRange(list);
            await db.SaveChangesAsync();
            return list;
        });

    public static Task<RecruitmentAgency> AgencyAsync(this CorridorAppFactory app) =>
        app.WithDbAsync(async db =>
        {
            var a = new RecruitmentAgency($"KZ-T-{Random.Shared.Next(100_000, 999_999)}", "Test agency", "KAZ", LicenceStatus.Licensed, app.Today().AddYears(2));
            db.RecruitmentAgencies.Add(a);
            await db.SaveChangesAsync();
            return a;
        });

    public static async Task<OrientationAgency> NewAgencyAsync(this CorridorAppFactory app)
    {
        var agency = await app.AgencyAsync();
        var email = await app.LinkedAccountAsync("agency", u => u.AgencyId = agency.Id);
        return new OrientationAgency(agency, email, await app.TokenClientAsync(email));
    }

    public static Task<MigrantWorker> OutboundWorkerAsync(this CorridorAppFactory app, Guid? agencyId = null, Sex sex = Sex.Female,
        string? destination = "RUS", string occupation = "911", MigrationDirection direction = MigrationDirection.Outbound,
        string given = "Айгерим", string family = "Нурланова") =>
        app.WithDbAsync(async db =>
        {
            var today = app.Today();
            var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars(given, family, sex, today.AddYears(-28), "KAZ",
                AppExtensions.NewPassport(), "KAZ", today.AddYears(6), occupation, direction, destination, "kk", null, null), null, agencyId);
            db.MigrantWorkers.Add(w);
            await db.SaveChangesAsync();
            return w;
        });

    public static async Task<HttpClient> WorkerClientAsync(this CorridorAppFactory app, MigrantWorker worker) =>
        await app.TokenClientAsync(await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id));

    /// <summary>A cookie client signed in through the real form as an account of the test's own.</summary>
    public static async Task<HttpClient> BrowserClientForAsync(this CorridorAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await CorridorAppFactory.PostFormAsync(client, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = CorridorAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> EnrolAsync(this HttpClient client, Guid sessionId, MigrantWorker? worker) =>
        client.PostAsJsonAsync($"{Api}/sessions/{sessionId}/enrolments", new { workerNumber = worker?.WorkerNumber });

    public static Task<(int Enrolments, int Seats, int Certificates, long Audit)> OrientationCountsAsync(this CorridorAppFactory app, Guid sessionId) =>
        app.WithDbAsync(async db => (await db.OrientationEnrolments.CountAsync(e => e.SessionId == sessionId),
            await db.OrientationSessions.Where(s => s.Id == sessionId).Select(s => s.Enrolled).SingleAsync(),
            await db.OrientationCertificates.CountAsync(c => c.SessionId == sessionId),
            (long)await db.AuditEvents.CountAsync()));
}
