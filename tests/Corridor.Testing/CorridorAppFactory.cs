using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Corridor.Data;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Corridor.Testing;

/// <summary>
/// The real app on a throw-away database of the chosen provider: a temporary SQLite file, or a
/// uniquely named PostgreSQL database dropped on dispose. Migrations run at start exactly as in
/// production. <see cref="Clock"/> is a fake clock tests can move. With <c>kestrel: true</c> the app
/// listens on a real loopback port so a browser can reach it.
/// </summary>
public class CorridorAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "demo";
    private readonly Dictionary<string, string?> _settings = new();

    public CorridorAppFactory() : this(TestProvider.Sqlite) { }

    public CorridorAppFactory(TestProvider provider, bool kestrel = false)
    {
        Provider = provider;
        if (provider == TestProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresBase ?? "Host=unset")
            {
                Database = $"corridor_test_{Guid.NewGuid():N}",
            };
            ConnectionString = builder.ConnectionString;
        }
        else
        {
            SqlitePath = Path.Combine(Path.GetTempPath(), $"corridor-test-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={SqlitePath};Pooling=False";
        }
        if (kestrel) UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public TestProvider Provider { get; }
    public string ConnectionString { get; }
    public string? SqlitePath { get; }
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Overrides a configuration value; call before the first request.</summary>
    public CorridorAppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Corridor", ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Auth:MinimumPasswordLength", "4");
        builder.UseSetting("Auth:TokenRequestsPerMinute", "10000");
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical)
            .AddFilter("Microsoft.AspNetCore.Antiforgery", LogLevel.Error));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Starts Kestrel (kestrel: true) and returns its address, e.g. http://127.0.0.1:40123.</summary>
    public string RootUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    /// <summary>Seeds a small demo country (one account per role, password <see cref="Password"/>).</summary>
    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(DemoSize? size = null)
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        return await seeder.SeedAsync(size ?? new DemoSize(Employers: 30, Workers: 200, Agencies: 20, JobSeekers: 50), Password, null, default);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext of the app (audited as "system").</summary>
    public async Task<T> WithDbAsync<T>(Func<CorridorDbContext, Task<T>> work)
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CorridorDbContext>());
    }

    public Task WithDbAsync(Func<CorridorDbContext, Task> work) => WithDbAsync(async db => { await work(db); return 0; });

    public static string EmailOf(string role) => $"{role}@demo.corridor";

    /// <summary>An API client carrying a bearer token of the role's demo account.</summary>
    public async Task<HttpClient> ApiClientAsync(string role)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = EmailOf(role), password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["access_token"].ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A cookie client signed in through the real sign-in form (with its anti-forgery token).</summary>
    public async Task<HttpClient> BrowserClientAsync(string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/account/login", new()
        {
            ["Input.Email"] = EmailOf(role),
            ["Input.Password"] = Password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {role} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs the form page, copies its anti-forgery token and POSTs the fields as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? path);
        var doc = new HtmlParser().ParseDocument(page);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {formPage ?? path}.");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (SqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(SqlitePath + suffix); } catch (IOException) { }
        }
        else if (TestDatabases.PostgresConfigured)
        {
            NpgsqlConnection.ClearAllPools();
            var options = new DbContextOptionsBuilder<CorridorDbContext>();
            options.UseCorridorProvider(DatabaseProvider.Postgres, ConnectionString);
            using var db = new CorridorDbContext(options.Options);
            db.Database.EnsureDeleted();
        }
    }
}
