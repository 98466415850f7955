using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Data.Postgres;

/// <summary>Lets `dotnet ef` build the model for PostgreSQL migrations; no server is needed to add one.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CorridorDbContext>
{
    public CorridorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CorridorDbContext>();
        options.UseCorridorProvider(DatabaseProvider.Postgres,
                Environment.GetEnvironmentVariable("CORRIDOR_TEST_POSTGRES") ?? "Host=127.0.0.1;Database=corridor_design;Username=corridor");
        return new CorridorDbContext(options.Options);
    }
}
