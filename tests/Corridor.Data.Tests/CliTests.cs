using System.Diagnostics;
using Corridor.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Corridor.Data.Tests;

/// <summary>
/// The `corridor` command as operations run it: a separate process of the built Corridor.Web.dll
/// (copied next to this test assembly by the project reference), configured by environment only.
/// </summary>
public class CliTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public sealed record Run(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }

    public static async Task<Run> CorridorAsync(TestProvider provider, string connectionString, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Corridor.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} not found");
        var workDir = Directory.CreateTempSubdirectory("corridor-cli-");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workDir.FullName, // no appsettings.json here: the environment is the whole configuration
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__Corridor"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["NO_COLOR"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"corridor {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s:\n{await stdout}\n{await stderr}");
            }
            return new Run(process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            workDir.Delete(recursive: true);
        }
    }

    [DatabaseTheory]
    public async Task Audit_verify_exits_0_on_an_intact_chain_and_1_at_the_first_tampered_event(TestProvider provider)
    {
        using var app = await AuditTamperingTests.AppWithEventsAsync(provider, workers: 4);
        var events = (await app.VerifyAuditAsync()).EventsChecked;

        var intact = await CorridorAsync(provider, app.ConnectionString, "audit", "verify");
        Assert.True(intact.ExitCode == 0, intact.ToString());
        Assert.Contains($"OK: {events} audit events, hash chain intact.", intact.Output);

        Assert.Equal(1, await app.ExecuteAsync("""UPDATE audit_events SET data = '{"PassportNumber":"FA0000000"}' WHERE sequence = 14"""));
        var tampered = await CorridorAsync(provider, app.ConnectionString, "audit", "verify");
        Assert.True(tampered.ExitCode == 1, tampered.ToString());
        Assert.Contains("TAMPERED: event #14:", tampered.Output);
        Assert.DoesNotContain("OK:", tampered.Output);
    }

}

/// <summary>`corridor migrate`, in its own class so it runs alongside the other CLI test.</summary>
public class CliMigrateTests
{
    /// <summary>"Switch to PostgreSQL with configuration only": nothing but two settings picks the provider.</summary>
    [DatabaseTheory]
    public async Task Migrate_builds_the_schema_of_a_brand_new_database_from_configuration_alone(TestProvider provider)
    {
        string connectionString;
        string? sqlitePath = null;
        string? postgresDatabase = null;
        if (provider == TestProvider.Postgres)
        {
            postgresDatabase = $"corridor_cli_{Guid.NewGuid():N}";
            await AdminAsync($"CREATE DATABASE {postgresDatabase}");
            connectionString = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresBase) { Database = postgresDatabase }.ConnectionString;
        }
        else
        {
            sqlitePath = Path.Combine(Path.GetTempPath(), $"corridor-cli-{Guid.NewGuid():N}", "corridor.db"); // its folder does not exist yet
            connectionString = $"Data Source={sqlitePath};Pooling=False";
        }
        try
        {
            var migrate = await CliTests.CorridorAsync(provider, connectionString, "migrate");
            Assert.True(migrate.ExitCode == 0, migrate.ToString());
            Assert.Contains(provider == TestProvider.Postgres ? "Database (PostgreSQL)" : "Database (SQLite)", migrate.Output);

            var options = new DbContextOptionsBuilder<CorridorDbContext>();
            options.UseCorridorProvider(provider == TestProvider.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, connectionString);
            await using (var db = new CorridorDbContext(options.Options))
            {
                var migrations = db.Database.GetMigrations().ToList();
                Assert.Contains($"{migrations.Count} migration(s) applied", migrate.Output);
                Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());
                Assert.Equal(13, await db.Roles.CountAsync()); // one per role
                Assert.Equal(0, await db.MigrantWorkers.CountAsync());
            }

            // What it wrote (the roles) is audited, and the next command finds the same database the same way.
            var verify = await CliTests.CorridorAsync(provider, connectionString, "audit", "verify");
            Assert.True(verify.ExitCode == 0, verify.ToString());
            Assert.Contains("OK: 13 audit events", verify.Output);
        }
        finally
        {
            if (postgresDatabase is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
            }
            if (sqlitePath is not null)
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(Path.GetDirectoryName(sqlitePath)!, recursive: true);
            }
        }
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresBase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
