using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Corridor.Data.Identity;
using Corridor.Testing;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Support;

/// <summary>
/// One seeded app shared by the tests of a class (IClassFixture): seeding costs about a second, so
/// classes whose tests do not disturb each other share it. xunit disposes it afterwards, which deletes
/// the SQLite file.
/// </summary>
public sealed class SeededApp : CorridorAppFactory, IAsyncLifetime
{
    public IReadOnlyList<DemoLogin> Logins { get; private set; } = [];

    async Task IAsyncLifetime.InitializeAsync() => Logins = await SeedAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public static class AppExtensions
{
    /// <summary>Small enough to seed fast, big enough for every demo account to own something.</summary>
    public static readonly DemoSize Small = new(Employers: 5, Workers: 30, Agencies: 3, JobSeekers: 0);

    public static DateOnly Today(this CorridorAppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A client that does not follow redirects and keeps no cookies, as an anonymous visitor.</summary>
    public static HttpClient AnonymousClient(this CorridorAppFactory app, bool cookies = false) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    /// <summary>The demo account of a role, with what it owns (EmployerId, AgencyId, WorkerId).</summary>
    public static Task<CorridorUser> AccountAsync(this CorridorAppFactory app, string role) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == CorridorAppFactory.EmailOf(role)));

    /// <summary>A fresh account of its own, for tests that lock or otherwise spoil an account.</summary>
    public static async Task<string> AddAccountAsync(this CorridorAppFactory app, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@test.corridor";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CorridorUser>>();
        var user = new CorridorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + role };
        Check(await users.CreateAsync(user, CorridorAppFactory.Password));
        Check(await users.AddToRoleAsync(user, role));
        return email;

        static void Check(IdentityResult r)
        {
            if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Rows in the worker register and events in the audit trail: a refused write changes neither.</summary>
    public static Task<(int Workers, int AuditEvents)> CountsAsync(this CorridorAppFactory app) =>
        app.WithDbAsync(async db => (await db.MigrantWorkers.CountAsync(), await db.AuditEvents.CountAsync()));

    /// <summary>A registration every rule accepts; tests spoil one field at a time. Names are Cyrillic on purpose.</summary>
    public static JsonObject ValidWorker(this CorridorAppFactory app, string? passport = null)
    {
        var today = app.Today();
        return new JsonObject
        {
            ["givenName"] = "Айгерим",
            ["familyName"] = "Нурланова",
            ["sex"] = "Female",
            ["dateOfBirth"] = Iso(today.AddYears(-30)),
            ["citizenship"] = "UZB",
            ["passportNumber"] = passport ?? NewPassport(),
            ["passportIssuingCountry"] = "UZB",
            ["passportExpiry"] = Iso(today.AddYears(5)),
            ["occupationCode"] = "911",
            ["direction"] = "Inbound",
            ["destinationCountry"] = null,
            ["preferredLanguage"] = "uz",
            ["phone"] = "+998 90 123 45 67",
            ["email"] = "aigerim@example.org",
        };
    }

    /// <summary>A passport number no seeded worker has (the seed uses FA/A/AC/N prefixes).</summary>
    public static string NewPassport() => $"TS{Random.Shared.Next(1_000_000, 9_999_999)}";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>())!;

    public static async Task<IHtmlDocument> HtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetHtmlAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        return await response.HtmlAsync();
    }

    /// <summary>The field names of a problem-details "errors" object.</summary>
    public static string[] ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()];

    /// <summary>The ids of one page of GET /api/v1/workers.</summary>
    public static Guid[] Ids(this JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
