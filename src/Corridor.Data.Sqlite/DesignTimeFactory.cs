using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Data.Sqlite;

/// <summary>Lets `dotnet ef` build the model for SQLite migrations without starting the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CorridorDbContext>
{
    public CorridorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CorridorDbContext>();
        options.UseCorridorProvider(DatabaseProvider.Sqlite, "Data Source=corridor-design.db");
        return new CorridorDbContext(options.Options);
    }
}
