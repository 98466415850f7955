using Corridor.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Corridor.Data.Tests;

public class MigrationTests
{
    private static readonly string[] RegistryTables =
    [
        "audit_events", "employers", "migrant_workers", "national_job_seekers", "org_units", "recruitment_agencies",
        "users", "roles", "user_roles", "user_claims", "user_logins", "user_tokens", "role_claims",
    ];

    [DatabaseTheory]
    public async Task Every_migration_applies_to_an_empty_database_with_snake_case_names(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider); // migrates at start, like production
        var (all, applied, pending, migrationsAssembly) = await app.WithDbAsync(async db => (
            db.Database.GetMigrations().ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            db.GetService<IMigrationsAssembly>().Assembly.GetName().Name));

        Assert.Equal(provider == TestProvider.Postgres ? "Corridor.Data.Postgres" : "Corridor.Data.Sqlite", migrationsAssembly);
        Assert.NotEmpty(all);
        Assert.Contains(all, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Equal(all, applied);
        Assert.Empty(pending);

        var tables = await app.TableNamesAsync();
        Assert.All(RegistryTables, t => Assert.Contains(t, tables));
        // snake_case everywhere: raw SQL reads the same on both providers and needs no quoting.
        Assert.All(tables.Where(t => !t.StartsWith("__EFMigrations", StringComparison.Ordinal)), t => Assert.Matches("^[a-z][a-z0-9_]*$", t));
        Assert.Equal(0, await app.WithDbAsync(db => db.MigrantWorkers.CountAsync()));

        await using var connection = app.RawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = provider == TestProvider.Postgres
            ? "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'migrant_workers'"
            : "SELECT name FROM pragma_table_info('migrant_workers')";
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        Assert.Contains("passport_issuing_country", columns);
        Assert.Contains("current_employer_id", columns);
        Assert.Contains("search_key", columns);
        Assert.All(columns, c => Assert.Matches("^[a-z][a-z0-9_]*$", c));
    }

    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        var options = new DbContextOptionsBuilder<CorridorDbContext>()
            .UseSqlite(connection, x => x.MigrationsAssembly("Corridor.Data.Sqlite")).Options;
        using var db = new CorridorDbContext(options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes without a SQLite migration: run scripts/add-migration <Name>.");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model_without_a_server()
    {
        // A documentation-range address (RFC 5737) that nothing answers: the check must not need a server.
        var connectionString = new NpgsqlConnectionStringBuilder { Host = "192.0.2.1", Database = "nowhere", Timeout = 1 }.ConnectionString;
        var options = new DbContextOptionsBuilder<CorridorDbContext>()
            .UseNpgsql(connectionString, x => x.MigrationsAssembly("Corridor.Data.Postgres")).Options;
        using var db = new CorridorDbContext(options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes without a PostgreSQL migration: run scripts/add-migration <Name>.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        static List<string> Names(DatabaseProvider provider, string connectionString)
        {
            var options = new DbContextOptionsBuilder<CorridorDbContext>();
            options.UseCorridorProvider(provider, connectionString);
            using var db = new CorridorDbContext(options.Options);
            return [.. db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..])];
        }
        var sqlite = Names(DatabaseProvider.Sqlite, "Data Source=:memory:");
        var postgres = Names(DatabaseProvider.Postgres, "Host=192.0.2.1");
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }
}
