using System.Collections.Concurrent;
using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data;
using Corridor.Domain.Audit;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Features.Audit;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Corridor.Data.Tests;

/// <summary>
/// One seeded app per provider for a whole test class (xunit runs a class's tests one at a time), made
/// on first use so an unconfigured PostgreSQL costs nothing. Tests that break the audit chain on
/// purpose make their own app instead.
/// </summary>
public sealed class SharedApps : IDisposable
{
    /// <summary>Small, so a class pays ~1 s for its app: enough for one account per role and some data.</summary>
    public static readonly DemoSize Small = new(Employers: 5, Workers: 30, Agencies: 3, JobSeekers: 5);

    private readonly ConcurrentDictionary<TestProvider, Lazy<Task<CorridorAppFactory>>> _apps = new();

    public Task<CorridorAppFactory> GetAsync(TestProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<CorridorAppFactory>>(() => StartAsync(p))).Value;

    private static async Task<CorridorAppFactory> StartAsync(TestProvider provider)
    {
        var app = new TestApp(provider);
        try
        {
            await app.SeedAsync(Small);
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var lazy in _apps.Values)
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully) lazy.Value.Result.Dispose();
    }
}

/// <summary>
/// The real app with one cost knob turned down: PBKDF2 runs 1,000 rounds instead of 100,000, because
/// seeding 13 accounts per app and signing in dozens of clients otherwise spends most of this
/// project's CPU time hashing "demo" — which these tests do not examine.
/// </summary>
public sealed class TestApp(TestProvider provider) : CorridorAppFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }
}

/// <summary>What the data tests need beyond the app factory: raw SQL, audit reads, valid workers.</summary>
public static class TestData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A connection of the app's own database that bypasses EF entirely (as a tamperer would).</summary>
    public static DbConnection RawConnection(this CorridorAppFactory app) =>
        app.Provider == TestProvider.Postgres ? new NpgsqlConnection(app.ConnectionString) : new SqliteConnection(app.ConnectionString);

    public static async Task<int> ExecuteAsync(this CorridorAppFactory app, string sql)
    {
        await using var connection = app.RawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> TableNamesAsync(this CorridorAppFactory app)
    {
        await using var connection = app.RawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = app.Provider == TestProvider.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>The app's own verifier (what `corridor audit verify` and the audit page run).</summary>
    public static async Task<AuditVerification> VerifyAuditAsync(this CorridorAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().HandleAsync();
    }

    public static Task<List<AuditEvent>> AuditEventsAsync(this CorridorAppFactory app, long afterSequence = 0) =>
        app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Sequence > afterSequence).OrderBy(e => e.Sequence).ToListAsync());

    public static Task<long> LastSequenceAsync(this CorridorAppFactory app) =>
        app.WithDbAsync(async db => await db.AuditEvents.MaxAsync(e => (long?)e.Sequence) ?? 0);

    private static int _passports = Random.Shared.Next(1_000_000, 5_000_000);

    /// <summary>A passport number no other test uses.</summary>
    public static string NewPassport(string prefix = "T") => $"{prefix}{Interlocked.Increment(ref _passports)}";

    public static WorkerParticulars Particulars(string givenName = "Алишер", string familyName = "Каримов", string? passport = null,
        string issuer = "UZB") => new(
        givenName, familyName, Sex.Male, new DateOnly(1994, 2, 28), "UZB", passport ?? NewPassport(), issuer,
        DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5), "711", MigrationDirection.Inbound, null, "uz", null, null);

    public static MigrantWorker NewWorker(WorkerParticulars? particulars = null) =>
        new(PublicNumber.New('W'), particulars ?? Particulars());

    /// <summary>The JSON body of POST /api/v1/workers (and, with a version, of PUT).</summary>
    public static Dictionary<string, object?> WorkerBody(string givenName = "Алишер", string familyName = "Каримов",
        string? passport = null, string issuer = "UZB", int? version = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["givenName"] = givenName,
            ["familyName"] = familyName,
            ["sex"] = "Male",
            ["dateOfBirth"] = "1994-02-28",
            ["citizenship"] = "UZB",
            ["passportNumber"] = passport ?? NewPassport(),
            ["passportIssuingCountry"] = issuer,
            ["passportExpiry"] = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5).ToString("yyyy-MM-dd"),
            ["occupationCode"] = "711",
            ["direction"] = "Inbound",
            ["preferredLanguage"] = "uz",
        };
        if (version is not null) body["version"] = version;
        return body;
    }

    /// <summary>Registers a worker through the API and returns its id.</summary>
    public static async Task<Guid> RegisterAsync(this HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/workers", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
