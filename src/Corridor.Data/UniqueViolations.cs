using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Corridor.Data;

/// <summary>
/// Turns a unique-index violation into the name of the property it guards, on either provider.
/// Handlers check uniqueness before saving; this covers the moment two people save the same number
/// at once, when only the database can tell — the loser then gets a field error, not a server error.
/// </summary>
public static class UniqueViolations
{
    public static string? PropertyOf(this CorridorDbContext db, DbUpdateException e)
    {
        IEnumerable<string>? columns = e.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } index } => ColumnsOfIndex(db, index),
            // "UNIQUE constraint failed: migrant_workers.passport_issuing_country, migrant_workers.passport_number"
            SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 } s when s.Message.Split("failed: ") is [_, var list] =>
                list.TrimEnd('.', '\'').Split(", ").Select(c => c[(c.LastIndexOf('.') + 1)..]),
            _ => null,
        };
        var column = columns?.LastOrDefault();
        if (column is null) return null;
        return db.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .FirstOrDefault(p => p.GetColumnName() == column)?.Name ?? column;
    }

    private static IEnumerable<string>? ColumnsOfIndex(CorridorDbContext db, string index) =>
        db.Model.GetEntityTypes().SelectMany(t => t.GetIndexes())
            .FirstOrDefault(i => i.GetDatabaseName() == index)?.Properties.Select(p => p.GetColumnName());
}
