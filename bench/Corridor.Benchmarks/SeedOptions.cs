using Corridor.Data;

namespace Corridor.Benchmarks;

public enum CommitMode
{
    /// <summary>One transaction around all workers, as <c>corridor seed</c> (DemoSeeder.SeedAsync) does.</summary>
    Whole,
    /// <summary>Every SaveChanges of 1000 workers commits on its own.</summary>
    Batch,
}

public sealed record SeedOptions(
    DatabaseProvider Provider,
    int Workers,
    int Employers = 500,
    int Agencies = 20,
    CommitMode Commit = CommitMode.Whole,
    bool VerifyFull = false,
    bool Keep = false)
{
    public static SeedOptions Parse(string[] args)
    {
        DatabaseProvider? provider = null;
        int? workers = null;
        var options = new SeedOptions(DatabaseProvider.Sqlite, 0);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--provider":
                    var p = Value();
                    provider = p.ToLowerInvariant() switch
                    {
                        "sqlite" => DatabaseProvider.Sqlite,
                        "postgres" or "postgresql" => DatabaseProvider.Postgres,
                        _ => throw new ArgumentException($"unknown provider '{p}' (sqlite|postgres)"),
                    };
                    break;
                case "--workers": workers = Count(args[i], Value()); break;
                case "--employers": options = options with { Employers = Count(args[i], Value()) }; break;
                case "--agencies": options = options with { Agencies = Count(args[i], Value()) }; break;
                case "--commit":
                    var c = Value();
                    options = options with
                    {
                        Commit = c switch
                        {
                            "whole" => CommitMode.Whole,
                            "batch" => CommitMode.Batch,
                            _ => throw new ArgumentException($"unknown commit mode '{c}' (whole|batch)"),
                        },
                    };
                    break;
                case "--verify-full": options = options with { VerifyFull = true }; break;
                case "--keep": options = options with { Keep = true }; break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        if (provider is null) throw new ArgumentException("--provider is required");
        if (workers is null) throw new ArgumentException("--workers is required");
        return options with { Provider = provider.Value, Workers = workers.Value };
    }

    private static int Count(string name, string value) =>
        int.TryParse(value.Replace("_", ""), out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive number, not '{value}'");
}
