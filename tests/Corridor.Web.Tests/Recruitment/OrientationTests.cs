using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Features.Recruitment.Orientation;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Corridor.Web.Tests.Recruitment.OrientationKit;

namespace Corridor.Web.Tests.Recruitment;

/// <summary>
/// Issue 4, pre-departure orientation: enrolment within capacity, fit to the curriculum, attendance and the
/// certificate, the check deployment clearance will ask, the public QR check, and who sees what.
/// </summary>
public sealed class OrientationTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task An_agency_enrols_its_own_worker_within_capacity_and_the_full_session_refuses_the_next()
    {
        var a = await app.NewAgencyAsync();
        var session = await app.SessionAsync(await app.CurriculumAsync(), capacity: 2);
        var first = await a.Api.EnrolAsync(session.Id, await app.OutboundWorkerAsync(a.Agency.Id));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(1, (await first.JsonAsync()).GetProperty("seatsLeft").GetInt32());
        var worker = await app.OutboundWorkerAsync(a.Agency.Id);
        Assert.Equal(HttpStatusCode.Created, (await a.Api.EnrolAsync(session.Id, worker)).StatusCode);

        var third = await app.OutboundWorkerAsync(a.Agency.Id);
        var before = await app.OrientationCountsAsync(session.Id);
        var full = await a.Api.EnrolAsync(session.Id, third);
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Contains("full", (await full.JsonAsync()).GetProperty("detail").GetString());
        var after = await app.OrientationCountsAsync(session.Id);
        Assert.Equal((2, 2), (after.Enrolments, after.Seats));
        Assert.Equal(before.Audit + 0, after.Audit);
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == session.Id.ToString() && e.Action == "orientation.enrolled").CountAsync());
        Assert.Equal(2, actions);
    }

    [Fact]
    public async Task Enrolling_the_same_worker_twice_in_an_open_session_is_a_field_error()
    {
        var a = await app.NewAgencyAsync();
        var session = await app.SessionAsync(await app.CurriculumAsync(), capacity: 5);
        var worker = await app.OutboundWorkerAsync(a.Agency.Id);
        Assert.Equal(HttpStatusCode.Created, (await a.Api.EnrolAsync(session.Id, worker)).StatusCode);
        var again = await a.Api.EnrolAsync(session.Id, worker);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["workerNumber"], (await again.JsonAsync()).ErrorFields());
        Assert.Equal(1, (await app.OrientationCountsAsync(session.Id)).Seats);
    }

    [Theory]
    [InlineData(OrientationAudience.Women, Sex.Male, "RUS", "911", "women")]
    [InlineData(OrientationAudience.All, Sex.Female, "KOR", "911", "another country")]
    [InlineData(OrientationAudience.All, Sex.Female, "RUS", "711", "another occupation")]
    public async Task A_worker_who_does_not_fit_the_curriculum_is_refused_with_a_field_error_and_nothing_is_stored(
        OrientationAudience audience, Sex sex, string destination, string occupation, string reason)
    {
        var a = await app.NewAgencyAsync();
        var session = await app.SessionAsync(await app.CurriculumAsync("RUS", "91", audience));
        var worker = await app.OutboundWorkerAsync(a.Agency.Id, sex, destination, occupation);
        var before = await app.OrientationCountsAsync(session.Id);
        var response = await a.Api.EnrolAsync(session.Id, worker);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(["workerNumber"], problem.ErrorFields());
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("workerNumber")[0].GetString());
        Assert.Equal(before, await app.OrientationCountsAsync(session.Id));
    }

    [Fact]
    public async Task A_worker_not_going_abroad_and_a_malformed_number_are_field_errors()
    {
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var session = await app.SessionAsync(await app.CurriculumAsync(null));
        var inbound = await regulator.EnrolAsync(session.Id, await app.OutboundWorkerAsync(direction: MigrationDirection.Inbound, destination: null));
        Assert.Equal(HttpStatusCode.BadRequest, inbound.StatusCode);
        Assert.Contains("going abroad", (await inbound.JsonAsync()).GetProperty("errors").GetProperty("workerNumber")[0].GetString());
        var malformed = await regulator.PostAsJsonAsync($"{Api}/sessions/{session.Id}/enrolments", new { workerNumber = "W-123" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(["workerNumber"], (await malformed.JsonAsync()).ErrorFields());
        Assert.Equal(0, (await app.OrientationCountsAsync(session.Id)).Enrolments);
    }

    [Fact]
    public async Task Another_agencys_worker_can_be_neither_enrolled_nor_seen()
    {
        var a = await app.NewAgencyAsync();
        var b = await app.NewAgencyAsync();
        var curriculum = await app.CurriculumAsync();
        var planned = await app.SessionAsync(curriculum);
        var workerOfA = await app.OutboundWorkerAsync(a.Agency.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Api.EnrolAsync(planned.Id, workerOfA)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Api.PostAsJsonAsync($"{Api}/sessions/{planned.Id}/enrolments", new { workerId = workerOfA.Id })).StatusCode);
        Assert.Equal(0, (await app.OrientationCountsAsync(planned.Id)).Enrolments);

        var held = await app.SessionAsync(curriculum, startsInDays: 0);
        var otherOfA = await app.OutboundWorkerAsync(a.Agency.Id);
        await app.EnrolDirectlyAsync(held, workerOfA, otherOfA);
        var certificate = await CompleteAsync(held, (workerOfA, 16));

        Assert.Equal(HttpStatusCode.NotFound, (await b.Api.GetAsync($"{Api}/certificates/{certificate}")).StatusCode);
        Assert.Empty((await (await b.Api.GetAsync($"{Api}/certificates")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Empty((await (await b.Api.GetAsync($"{Api}/sessions/{held.Id}")).JsonAsync()).GetProperty("roster").EnumerateArray());
        Assert.Equal(2, (await (await a.Api.GetAsync($"{Api}/sessions/{held.Id}")).JsonAsync()).GetProperty("roster").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await a.Api.GetAsync($"{Api}/certificates/{certificate}")).StatusCode);

        // A worker sees their own certificate only, and cannot enrol someone else.
        var other = await app.WorkerClientAsync(otherOfA);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Api}/certificates/{certificate}")).StatusCode);
        Assert.Single((await (await other.GetAsync($"{Api}/sessions/{held.Id}")).JsonAsync()).GetProperty("roster").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.EnrolAsync(planned.Id, workerOfA)).StatusCode);
        var own = await app.WorkerClientAsync(workerOfA);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"{Api}/certificates/{certificate}")).StatusCode);
    }

    [Fact]
    public async Task Each_role_is_refused_what_it_may_not_do()
    {
        var curriculum = await app.CurriculumAsync();
        var session = await app.SessionAsync(curriculum);
        var agency = await app.ApiClientAsync("agency");
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"{Api}/curricula", new { code = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"{Api}/sessions/{session.Id}/attendance", new { entries = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"{Api}/sessions/{session.Id}/held", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync($"{Api}/certificates/check?workerId={Guid.NewGuid()}&destination=RUS")).StatusCode);
        var worker = await app.ApiClientAsync("worker");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync($"{Api}/sessions", new { provider = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"{Api}/statistics")).StatusCode);
        var analyst = await app.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.EnrolAsync(session.Id, await app.OutboundWorkerAsync())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"{Api}/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"{Api}/sessions")).StatusCode);
        var employer = await app.ApiClientAsync("employer");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync($"{Api}/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"{Api}/sessions")).StatusCode);
    }

    [Fact]
    public async Task Attendance_below_the_minimum_issues_no_certificate_and_at_the_minimum_it_does()
    {
        var curriculum = await app.CurriculumAsync(hours: 16, minimumPercent: 75);
        var session = await app.SessionAsync(curriculum, startsInDays: 0);
        var below = await app.OutboundWorkerAsync();
        var at = await app.OutboundWorkerAsync();
        var enrolments = await app.EnrolDirectlyAsync(session, below, at);
        var regulator = await app.ApiClientAsync("recruitment-regulator");

        // Before the session is marked held, no attendance.
        var early = await regulator.PostAsJsonAsync($"{Api}/sessions/{session.Id}/attendance",
            new { entries = new[] { new { enrolmentId = enrolments[0].Id, hours = 16m } } });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await HeldAsync(regulator, session.Id);

        var response = await regulator.PostAsJsonAsync($"{Api}/sessions/{session.Id}/attendance",
            new { entries = new[] { new { enrolmentId = enrolments[0].Id, hours = 11.5m }, new { enrolmentId = enrolments[1].Id, hours = 12m } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal("Incomplete", results[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("certificateNumber").ValueKind);
        Assert.Equal("Completed", results[1].GetProperty("status").GetString());
        Assert.True(PublicNumber.IsValid(results[1].GetProperty("certificateNumber").GetString(), 'O'));

        var certificates = await app.WithDbAsync(db => db.OrientationCertificates.AsNoTracking().Where(c => c.SessionId == session.Id).ToListAsync());
        var certificate = Assert.Single(certificates);
        Assert.Equal(at.Id, certificate.WorkerId);
        Assert.Equal("RUS", certificate.DestinationCountry);
        Assert.Equal(app.Today().AddMonths(12).AddDays(-1), certificate.ValidUntil);
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == certificate.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("orientation-certificate.issued", actions);
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_changes_nothing()
    {
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var curricula = await app.WithDbAsync(db => db.OrientationCurricula.CountAsync());
        var bad = await regulator.PostAsJsonAsync($"{Api}/curricula", new { code = "", titleEn = "x", titleRu = "", hours = (int?)null, topics = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["audience", "code", "hours", "titleRu", "topics"], (await bad.JsonAsync()).ErrorFields());
        var badCountry = await regulator.PostAsJsonAsync($"{Api}/curricula", new
        {
            code = "PDOS-X", titleEn = "x", titleRu = "х", destinationCountry = "XXX", audience = "All", hours = 8, topics = new[] { "ContractRights" },
        });
        Assert.Equal(["destinationCountry"], (await badCountry.JsonAsync()).ErrorFields());
        Assert.Equal(curricula, await app.WithDbAsync(db => db.OrientationCurricula.CountAsync()));

        var curriculum = await app.CurriculumAsync();
        var sessions = await app.WithDbAsync(db => db.OrientationSessions.CountAsync());
        var past = await regulator.PostAsJsonAsync($"{Api}/sessions", new
        {
            curriculumId = curriculum.Id, provider = "Centre", venue = "Hall", language = "ru",
            startsOn = AppExtensions.Iso(app.Today().AddDays(-1)), endsOn = AppExtensions.Iso(app.Today()), capacity = 10,
        });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal(["startsOn"], (await past.JsonAsync()).ErrorFields());
        var nowhere = await regulator.PostAsJsonAsync($"{Api}/sessions", new
        {
            curriculumId = curriculum.Id, provider = "Centre", venue = "Hall", orgUnitCode = "KZ-NOWHERE", language = "ru",
            startsOn = AppExtensions.Iso(app.Today().AddDays(1)), endsOn = AppExtensions.Iso(app.Today().AddDays(1)), capacity = 10,
        });
        Assert.Equal(["orgUnitCode"], (await nowhere.JsonAsync()).ErrorFields());
        Assert.Equal(sessions, await app.WithDbAsync(db => db.OrientationSessions.CountAsync()));

        var session = await app.SessionAsync(curriculum, startsInDays: 0);
        var enrolments = await app.EnrolDirectlyAsync(session, await app.OutboundWorkerAsync(), await app.OutboundWorkerAsync());
        await HeldAsync(regulator, session.Id);
        var before = await app.OrientationCountsAsync(session.Id);
        // One good entry and one impossible one: neither is stored.
        var tooMany = await regulator.PostAsJsonAsync($"{Api}/sessions/{session.Id}/attendance",
            new { entries = new[] { new { enrolmentId = enrolments[0].Id, hours = 16m }, new { enrolmentId = enrolments[1].Id, hours = 17m } } });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(["entries[1].hours"], (await tooMany.JsonAsync()).ErrorFields());
        Assert.Equal(before, await app.OrientationCountsAsync(session.Id));
        Assert.All(await app.WithDbAsync(db => db.OrientationEnrolments.Where(e => e.SessionId == session.Id).ToListAsync()),
            e => Assert.Equal(EnrolmentStatus.Enrolled, e.Status));

        var noReason = await regulator.PostAsJsonAsync($"{Api}/sessions/{(await app.SessionAsync(curriculum)).Id}/cancel", new { reason = " ", version = 1 });
        Assert.Equal(["reason"], (await noReason.JsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Valid_for_answers_for_the_destination_and_day_and_explains_expired_revoked_and_other_destination()
    {
        var korea = await app.CurriculumAsync("KOR", "71", months: 6);
        var session = await app.SessionAsync(korea, startsInDays: 0);
        var worker = await app.OutboundWorkerAsync(sex: Sex.Male, destination: "KOR", occupation: "7112");
        await app.EnrolDirectlyAsync(session, worker);
        var certificate = await CompleteAsync(session, (worker, 16));
        var stored = await app.WithDbAsync(db => db.OrientationCertificates.AsNoTracking().SingleAsync(c => c.Id == certificate));
        var today = app.Today();

        await using var scope = app.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<OrientationCertificates>();
        var valid = await check.ValidForAsync(worker.Id, "KOR", "7112", today, default);
        Assert.True(valid.Valid);
        Assert.Equal(certificate, valid.Certificate!.Id);
        var elsewhere = await check.ValidForAsync(worker.Id, "RUS", "7112", today, default);
        Assert.Equal(OrientationCheckResult.OtherDestination, elsewhere.Result);
        Assert.Null(elsewhere.Certificate);
        Assert.False(elsewhere.Valid);
        var expired = await check.ValidForAsync(worker.Id, "KOR", "7112", stored.ValidUntil.AddDays(1), default);
        Assert.Equal(OrientationCheckResult.Expired, expired.Result);
        Assert.Contains("expired", expired.Reason);
        var none = await check.ValidForAsync((await app.OutboundWorkerAsync()).Id, "KOR", null, today, default);
        Assert.Equal(OrientationCheckResult.NoCertificate, none.Result);

        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var api = await (await regulator.GetAsync($"{Api}/certificates/check?workerId={worker.Id}&destination=KOR&occupation=7112")).JsonAsync();
        Assert.True(api.GetProperty("valid").GetBoolean());
        var revoke = await regulator.PostAsJsonAsync($"{Api}/certificates/{certificate}/revoke", new { reason = "A proxy attended in the worker's place.", version = stored.Version });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        var revoked = await check.ValidForAsync(worker.Id, "KOR", "7112", today, default);
        Assert.Equal(OrientationCheckResult.Revoked, revoked.Result);
        Assert.Null(revoked.Certificate);
        Assert.Contains("proxy", revoked.Reason);
        api = await (await regulator.GetAsync($"{Api}/certificates/check?workerId={worker.Id}&destination=KOR&occupation=7112")).JsonAsync();
        Assert.False(api.GetProperty("valid").GetBoolean());
        Assert.Equal("Revoked", api.GetProperty("result").GetString());
        var stale = await regulator.PostAsJsonAsync($"{Api}/certificates/{certificate}/revoke", new { reason = "again", version = stored.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_public_check_shows_initials_and_validity_only()
    {
        var session = await app.SessionAsync(await app.CurriculumAsync(), startsInDays: 0);
        var worker = await app.OutboundWorkerAsync(given: "Гульнара", family: "Сапарова");
        await app.EnrolDirectlyAsync(session, worker);
        var id = await CompleteAsync(session, (worker, 16));
        var code = await app.WithDbAsync(db => db.OrientationCertificates.Where(c => c.Id == id).Select(c => c.VerificationCode).SingleAsync());

        var anonymous = app.AnonymousClient();
        var page = await anonymous.GetAsync($"/verify/orientation/{code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var doc = await Task.FromResult(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
        Assert.Equal("Г. С.", doc.QuerySelector("#verify-initials")!.TextContent.Trim());
        Assert.Equal("Valid", doc.QuerySelector("#verify-status")!.TextContent.Trim());
        Assert.DoesNotContain("Гульнара", html);
        Assert.DoesNotContain("Сапарова", html);
        Assert.DoesNotContain(worker.WorkerNumber, html);
        Assert.DoesNotContain(worker.PassportNumber, html);

        var json = await (await anonymous.GetAsync($"/api/v1/verify/orientation/{code}")).JsonAsync();
        Assert.Equal("Г. С.", json.GetProperty("workerInitials").GetString());
        Assert.DoesNotContain("Гульнара", json.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/verify/orientation/nonsense")).StatusCode);
    }

    [Fact]
    public async Task Pages_list_sessions_with_filters_show_the_roster_and_print_the_certificate_with_a_qr_code()
    {
        var korea = await app.CurriculumAsync("KOR");
        var russia = await app.CurriculumAsync("RUS");
        var koreaSession = await app.SessionAsync(korea, startsInDays: 0);
        await app.SessionAsync(russia, startsInDays: 0);
        var a = await app.NewAgencyAsync();
        var worker = await app.OutboundWorkerAsync(a.Agency.Id, destination: "KOR");
        await app.EnrolDirectlyAsync(koreaSession, worker);
        var certificate = await CompleteAsync(koreaSession, (worker, 16));

        var browser = await app.BrowserClientAsync("recruitment-regulator");
        var list = await browser.GetHtmlAsync($"/recruitment/orientation?Query.Destination=KOR&Query.From={AppExtensions.Iso(app.Today())}");
        var rows = list.QuerySelectorAll("#sessions tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(korea.Code));
        Assert.DoesNotContain(rows, r => r.Contains(russia.Code));
        var session = await browser.GetHtmlAsync($"/recruitment/orientation/sessions/{koreaSession.Id}");
        Assert.Contains(worker.WorkerNumber, session.QuerySelector("#roster")!.TextContent);
        var print = await browser.GetHtmlAsync($"/recruitment/orientation/certificates/{certificate}/print");
        Assert.StartsWith("data:image/png;base64,", print.QuerySelector("#certificate-qr")!.GetAttribute("src"));
        Assert.Contains("/verify/orientation/", print.QuerySelector("figcaption a")!.GetAttribute("href"));

        // The agency's page lists its worker's certificate; a form enrolment with someone else's number is a field error.
        var agencyBrowser = await app.BrowserClientForAsync(a.Email);
        var mine = await agencyBrowser.GetHtmlAsync("/recruitment/orientation/mine");
        Assert.Contains(worker.WorkerNumber, mine.QuerySelector("#certificates")!.TextContent);
        var planned = await app.SessionAsync(korea);
        var stranger = await app.OutboundWorkerAsync(destination: "KOR");
        var posted = await CorridorAppFactory.PostFormAsync(agencyBrowser, $"/recruitment/orientation/sessions/{planned.Id}?handler=Enrol",
            new() { ["Input.WorkerNumber"] = stranger.WorkerNumber }, $"/recruitment/orientation/sessions/{planned.Id}");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var form = await posted.HtmlAsync();
        Assert.NotNull(form.QuerySelector("#error-summary"));
        Assert.Equal(0, (await app.OrientationCountsAsync(planned.Id)).Enrolments);
        var ok = await CorridorAppFactory.PostFormAsync(agencyBrowser, $"/recruitment/orientation/sessions/{planned.Id}?handler=Enrol",
            new() { ["Input.WorkerNumber"] = worker.WorkerNumber }, $"/recruitment/orientation/sessions/{planned.Id}");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(1, (await app.OrientationCountsAsync(planned.Id)).Enrolments);
    }

    [Fact]
    public async Task Through_the_pages_a_worker_enrols_themselves_and_the_regulator_sets_curricula_plans_holds_and_records()
    {
        var curriculum = await app.CurriculumAsync("RUS");
        var planned = await app.SessionAsync(curriculum);
        var worker = await app.OutboundWorkerAsync(destination: "RUS");
        var workerBrowser = await app.BrowserClientForAsync(await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id));
        var page = await workerBrowser.GetHtmlAsync($"/recruitment/orientation/sessions/{planned.Id}");
        Assert.Null(page.QuerySelector("input[name='Input.WorkerNumber']"));
        var enrolled = await CorridorAppFactory.PostFormAsync(workerBrowser, $"/recruitment/orientation/sessions/{planned.Id}?handler=Enrol", new(),
            $"/recruitment/orientation/sessions/{planned.Id}");
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal(1, (await app.OrientationCountsAsync(planned.Id)).Enrolments);
        var mine = await workerBrowser.GetHtmlAsync("/recruitment/orientation/mine");
        Assert.Contains(curriculum.Code, mine.QuerySelector("#enrolments")!.TextContent);

        var regulator = await app.BrowserClientAsync("recruitment-regulator");
        var curricula = await app.WithDbAsync(db => db.OrientationCurricula.CountAsync());
        var empty = await CorridorAppFactory.PostFormAsync(regulator, "/recruitment/orientation/curricula", new() { ["Input.Code"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var errors = (await empty.HtmlAsync()).QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_Code", errors);
        Assert.Contains("#Input_Topics", errors);
        Assert.Equal(curricula, await app.WithDbAsync(db => db.OrientationCurricula.CountAsync()));
        var code = $"PG-{Random.Shared.Next(100_000, 999_999)}";
        var form = new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
        {
            new("Input.Code", code), new("Input.TitleEn", "Working in Korea"), new("Input.TitleRu", "Работа в Корее"), new("Input.DestinationCountry", "KOR"),
            new("Input.Audience", "All"), new("Input.Hours", "24"), new("Input.Topics", "ContractRights"), new("Input.Topics", "RemittancesAndFinance"),
        });
        var created = await PostWithTokenAsync(regulator, "/recruitment/orientation/curricula", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var stored = await app.WithDbAsync(db => db.OrientationCurricula.AsNoTracking().SingleAsync(c => c.Code == code));
        Assert.Equal([OrientationTopic.ContractRights, OrientationTopic.RemittancesAndFinance], stored.Topics);
        Assert.Equal((12, 100), (stored.ValidityMonths, stored.MinimumAttendancePercent));

        var sessionFields = new Dictionary<string, string>
        {
            ["Input.CurriculumId"] = stored.Id.ToString(), ["Input.Provider"] = "Shymkent college", ["Input.Online"] = "true", ["Input.Language"] = "kk",
            ["Input.OrgUnitCode"] = "KZ-AKM-01",
            ["Input.StartsOn"] = AppExtensions.Iso(app.Today().AddDays(-1)), ["Input.EndsOn"] = AppExtensions.Iso(app.Today()), ["Input.Capacity"] = "10",
        };
        var past = await CorridorAppFactory.PostFormAsync(regulator, "/recruitment/orientation/sessions/new", new(sessionFields));
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.NotNull((await past.HtmlAsync()).QuerySelector("#error-summary a[href='#Input_StartsOn']"));
        sessionFields["Input.StartsOn"] = AppExtensions.Iso(app.Today());
        var plannedNow = await CorridorAppFactory.PostFormAsync(regulator, "/recruitment/orientation/sessions/new", new(sessionFields));
        Assert.Equal(HttpStatusCode.Redirect, plannedNow.StatusCode);
        var sessionPath = plannedNow.Headers.Location!.OriginalString;
        var sessionId = await app.WithDbAsync(db => db.OrientationSessions.Where(x => x.CurriculumId == stored.Id).Select(x => x.Id).SingleAsync());
        Assert.EndsWith(sessionId.ToString(), sessionPath);

        var korean = await app.OutboundWorkerAsync(destination: "KOR");
        var enrolment = Assert.Single(await app.EnrolDirectlyAsync(await app.WithDbAsync(db => db.OrientationSessions.AsNoTracking().SingleAsync(x => x.Id == sessionId)), korean));
        var version = await app.WithDbAsync(db => db.OrientationSessions.Where(x => x.Id == sessionId).Select(x => x.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await CorridorAppFactory.PostFormAsync(regulator, $"{sessionPath}?handler=Held",
            new() { ["Change.Version"] = version.ToString() }, sessionPath)).StatusCode);
        var tooMany = await CorridorAppFactory.PostFormAsync(regulator, $"{sessionPath}?handler=Attendance",
            new() { ["Attendance.Entries[0].EnrolmentId"] = enrolment.Id.ToString(), ["Attendance.Entries[0].Hours"] = "25" }, sessionPath);
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Equal("true", (await tooMany.HtmlAsync()).QuerySelector("#Attendance_Entries_0__Hours")!.GetAttribute("aria-invalid"));
        var recorded = await CorridorAppFactory.PostFormAsync(regulator, $"{sessionPath}?handler=Attendance",
            new() { ["Attendance.Entries[0].EnrolmentId"] = enrolment.Id.ToString(), ["Attendance.Entries[0].Hours"] = "24" }, sessionPath);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var roster = await regulator.GetHtmlAsync(sessionPath);
        Assert.Matches(@"O-\d{11}", roster.QuerySelector("#roster")!.TextContent);
        Assert.Contains("KZ-AKM-01", roster.QuerySelector("dl")!.TextContent);

        var employer = await app.BrowserClientAsync("employer");
        Assert.NotEqual(HttpStatusCode.OK, (await employer.GetAsync("/recruitment/orientation")).StatusCode);
    }

    /// <summary>Posts a form with repeated keys (a checkbox list), with the anti-forgery token of the page.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string path, FormUrlEncodedContent form)
    {
        var page = await client.GetHtmlAsync(path);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = (await form.ReadAsStringAsync()) + "&__RequestVerificationToken=" + Uri.EscapeDataString(token);
        return await client.PostAsync(path, new StringContent(fields, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
    }

    [Fact]
    public async Task The_demo_country_has_orientation_in_every_status_for_its_outbound_workers()
    {
        var today = app.Today();
        var (codes, sessions, certificates, enrolled) = await app.WithDbAsync(async db => (
            await db.OrientationCurricula.Select(c => c.Code).ToListAsync(),
            await db.OrientationSessions.Select(s => s.Status).ToListAsync(),
            await db.OrientationCertificates.AsNoTracking().ToListAsync(),
            await (from e in db.OrientationEnrolments join w in db.MigrantWorkers on e.WorkerId equals w.Id
                   select new { w.Direction, w.Citizenship, e.Status }).ToListAsync()));
        Assert.Contains("PDOS-RUS", codes);
        Assert.Contains("PDOS-KOR-EPS", codes);
        Assert.Contains("PDOS-DW-WOMEN", codes);
        Assert.All(Enum.GetValues<OrientationSessionStatus>(), s => Assert.Contains(s, sessions));
        Assert.All(Enum.GetValues<OrientationCertificateStatus>(), s => Assert.Contains(certificates, c => c.StatusOn(today) == s));
        Assert.All(Enum.GetValues<EnrolmentStatus>(), s => Assert.Contains(enrolled, e => e.Status == s));
        Assert.Contains(certificates, c => c.DestinationCountry == "KOR");
        Assert.Contains(certificates, c => c.DestinationCountry == "RUS");
        // Orientation is for the nationals going abroad.
        Assert.All(enrolled, e => Assert.Equal((MigrationDirection.Outbound, "KAZ"), (e.Direction, e.Citizenship)));
    }

    /// <summary>Marks the session held and records the hours; returns the certificate of the first worker.</summary>
    private async Task<Guid> CompleteAsync(OrientationSession session, params (MigrantWorker Worker, decimal Hours)[] hours)
    {
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        await HeldAsync(regulator, session.Id);
        var enrolments = await app.WithDbAsync(db => db.OrientationEnrolments.AsNoTracking().Where(e => e.SessionId == session.Id).ToListAsync());
        var response = await regulator.PostAsJsonAsync($"{Api}/sessions/{session.Id}/attendance",
            new { entries = hours.Select(h => new { enrolmentId = enrolments.Single(e => e.WorkerId == h.Worker.Id).Id, hours = h.Hours }) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await app.WithDbAsync(db => db.OrientationCertificates.Where(c => c.WorkerId == hours[0].Worker.Id && c.SessionId == session.Id)
            .Select(c => c.Id).SingleAsync());
    }

    private static async Task HeldAsync(HttpClient regulator, Guid sessionId)
    {
        var s = await (await regulator.GetAsync($"{Api}/sessions/{sessionId}")).JsonAsync();
        var held = await regulator.PostAsJsonAsync($"{Api}/sessions/{sessionId}/held", new { version = s.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
    }
}

/// <summary>The whole journey through the API on both databases: curriculum, session, enrolment, attendance, certificate, revocation.</summary>
public sealed class OrientationJourneyTests
{
    [DatabaseTheory]
    public async Task From_curriculum_to_revoked_certificate(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var analyst = await app.ApiClientAsync("analyst");
        var statsBefore = await (await analyst.GetAsync($"{Api}/statistics")).JsonAsync();
        var created = await regulator.PostAsJsonAsync($"{Api}/curricula", new
        {
            code = "pdos-kor-dw", titleEn = "Korea: domestic work, for women", titleRu = "Корея: домашний труд, для женщин", destinationCountry = "KOR",
            occupationPrefix = "91", audience = "Women", hours = 16, topics = new[] { "ContractRights", "ComplaintChannels", "HealthAndSafety" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var curriculum = await created.JsonAsync();
        Assert.Equal("PDOS-KOR-DW", curriculum.GetProperty("code").GetString());
        Assert.Equal(12, curriculum.GetProperty("validityMonths").GetInt32());
        Assert.Equal(100, curriculum.GetProperty("minimumAttendancePercent").GetInt32());
        var duplicate = await regulator.PostAsJsonAsync($"{Api}/curricula", new
        {
            code = "PDOS-KOR-DW", titleEn = "x", titleRu = "х", audience = "All", hours = 8, topics = new[] { "ContractRights" },
        });
        Assert.Equal(["code"], (await duplicate.JsonAsync()).ErrorFields());

        var planned = await regulator.PostAsJsonAsync($"{Api}/sessions", new
        {
            curriculumId = curriculum.GetProperty("id").GetGuid(), provider = "Almaty migrant resource centre", online = true, language = "kk",
            startsOn = AppExtensions.Iso(app.Today().AddDays(3)), endsOn = AppExtensions.Iso(app.Today().AddDays(4)), capacity = 2,
        });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var sessionId = (await planned.JsonAsync()).GetProperty("id").GetGuid();

        var a = await app.NewAgencyAsync();
        var byAgency = await app.OutboundWorkerAsync(a.Agency.Id, Sex.Female, "KOR", "9111");
        Assert.Equal(HttpStatusCode.Created, (await a.Api.EnrolAsync(sessionId, byAgency)).StatusCode);
        var herself = await app.OutboundWorkerAsync(null, Sex.Female, "KOR", "911", given: "Dana", family: "Yessenova");
        var workerEmail = await app.LinkedAccountAsync("worker", u => u.WorkerId = herself.Id);
        var workerClient = await app.TokenClientAsync(workerEmail);
        var self = await workerClient.PostAsJsonAsync($"{Api}/sessions/{sessionId}/enrolments", new { });
        Assert.Equal(HttpStatusCode.Created, self.StatusCode);
        Assert.Equal(0, (await self.JsonAsync()).GetProperty("seatsLeft").GetInt32());

        app.Clock.Advance(TimeSpan.FromDays(3));
        // Bearer tokens are short-lived and the clock moved on: sign in again.
        regulator = await app.ApiClientAsync("recruitment-regulator");
        analyst = await app.ApiClientAsync("analyst");
        workerClient = await app.TokenClientAsync(workerEmail);
        var agencyApi = await app.TokenClientAsync(a.Email);
        var session = await (await regulator.GetAsync($"{Api}/sessions/{sessionId}")).JsonAsync();
        Assert.Equal(2, session.GetProperty("roster").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await regulator.PostAsJsonAsync($"{Api}/sessions/{sessionId}/held",
            new { version = session.GetProperty("version").GetInt32() })).StatusCode);
        var entries = session.GetProperty("roster").EnumerateArray().Select(r => new
        {
            enrolmentId = r.GetProperty("enrolmentId").GetGuid(),
            hours = r.GetProperty("workerId").GetGuid() == herself.Id ? 16m : 15.5m,
        }).ToList();
        var recorded = await regulator.PostAsJsonAsync($"{Api}/sessions/{sessionId}/attendance", new { entries });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);

        var mine = await (await workerClient.GetAsync($"{Api}/certificates")).JsonAsync();
        var certificate = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal("Valid", certificate.GetProperty("status").GetString());
        Assert.Equal("KOR", certificate.GetProperty("destinationCountry").GetString());
        Assert.Empty((await (await agencyApi.GetAsync($"{Api}/certificates")).JsonAsync()).GetProperty("items").EnumerateArray());

        var check = await (await regulator.GetAsync($"{Api}/certificates/check?workerId={herself.Id}&destination=KOR&occupation=911")).JsonAsync();
        Assert.True(check.GetProperty("valid").GetBoolean());
        var id = certificate.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await regulator.PostAsJsonAsync($"{Api}/certificates/{id}/revoke",
            new { reason = "Attended by a proxy (biometric check).", version = certificate.GetProperty("version").GetInt32() })).StatusCode);
        var code = certificate.GetProperty("verificationCode").GetString();
        var verify = await (await app.CreateClient().GetAsync($"/api/v1/verify/orientation/{code}")).JsonAsync();
        Assert.Equal("Revoked", verify.GetProperty("status").GetString());
        Assert.Equal("D. Y.", verify.GetProperty("workerInitials").GetString());

        var stats = await (await analyst.GetAsync($"{Api}/statistics")).JsonAsync();
        foreach (var figure in new[] { "sessionsHeld", "enrolmentsIncomplete", "enrolmentsCompleted", "certificatesRevoked" })
            Assert.Equal(statsBefore.GetProperty(figure).GetInt32() + 1, stats.GetProperty(figure).GetInt32());

        var actions = await app.WithDbAsync(db => db.AuditEvents.Select(e => e.Action).Where(x => x.StartsWith("orientation")).ToListAsync());
        foreach (var action in new[] { "orientation-curriculum.created", "orientation-session.planned", "orientation.enrolled", "orientation-session.held",
                     "orientation.attendance-recorded", "orientation-certificate.issued", "orientation-certificate.revoked" })
            Assert.Contains(action, actions);
    }
}
