using Corridor.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// <c>Database:Provider</c> (Sqlite | Postgres) picks the provider and its migrations assembly;
/// <c>ConnectionStrings:Corridor</c> says where. SQLite is the embedded default.
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=corridor.db";

    public static DatabaseProvider ProviderFrom(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static string ConnectionStringFrom(IConfiguration config) =>
        config.GetConnectionString("Corridor") is { Length: > 0 } cs ? cs
        : ProviderFrom(config) == DatabaseProvider.Sqlite ? DefaultSqlite
        : throw new InvalidOperationException("ConnectionStrings:Corridor must be set when Database:Provider is Postgres.");

    public static IServiceCollection AddCorridorData(this IServiceCollection services, IConfiguration config)
    {
        var provider = ProviderFrom(config);
        var connectionString = ConnectionStringFrom(config);
        services.AddDbContext<CorridorDbContext>(o => o.UseCorridorProvider(provider, connectionString));
        services.AddScoped<IAuditActor>(_ => new SystemActor());
        return services;
    }

    public static DbContextOptionsBuilder UseCorridorProvider(this DbContextOptionsBuilder o, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => o.UseNpgsql(connectionString, x => x.MigrationsAssembly("Corridor.Data.Postgres")),
            _ => o.UseSqlite(connectionString, x => x.MigrationsAssembly("Corridor.Data.Sqlite")),
        };

    /// <summary>Applies pending migrations; on SQLite also turns on WAL so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(this CorridorDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
        }
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
