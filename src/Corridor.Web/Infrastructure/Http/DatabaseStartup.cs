using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Web.Infrastructure.Http;

public static class DatabaseStartup
{
    /// <summary>
    /// Database:MigrateOnStart (default: on for the embedded SQLite database, off for PostgreSQL, where
    /// operations run `corridor migrate` as a reviewed step) applies migrations and creates the roles.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        var isSqlite = DatabaseSetup.ProviderFrom(app.Configuration) == DatabaseProvider.Sqlite;
        if (!app.Configuration.GetValue("Database:MigrateOnStart", isSqlite)) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CorridorDbContext>().MigrateAsync(ct);
        await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<CorridorRole>>());
    }
}
