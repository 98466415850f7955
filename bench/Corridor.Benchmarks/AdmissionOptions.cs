using Corridor.Data;

namespace Corridor.Benchmarks;

public sealed record AdmissionOptions(
    DatabaseProvider Provider,
    int[] Clients,
    double DurationSeconds = 20,
    double WarmupSeconds = 5,
    int Employers = 64,
    int Workers = 40_000)
{
    public static AdmissionOptions Parse(string[] args)
    {
        DatabaseProvider? provider = null;
        var options = new AdmissionOptions(DatabaseProvider.Sqlite, [1, 8, 64]);
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
                case "--clients":
                    var name = args[i];
                    options = options with { Clients = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Count(name, c))] };
                    break;
                case "--duration": options = options with { DurationSeconds = Seconds(args[i], Value()) }; break;
                case "--warmup": options = options with { WarmupSeconds = Seconds(args[i], Value(), allowZero: true) }; break;
                case "--employers": options = options with { Employers = Count(args[i], Value()) }; break;
                case "--workers": options = options with { Workers = Count(args[i], Value()) }; break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        if (provider is null) throw new ArgumentException("--provider is required");
        if (options.Clients.Length == 0) throw new ArgumentException("--clients needs at least one number");
        return options with { Provider = provider.Value };
    }

    private static int Count(string name, string value) =>
        int.TryParse(value.Replace("_", ""), out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive number, not '{value}'");

    private static double Seconds(string name, string value, bool allowZero = false) =>
        double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var s) && (s > 0 || allowZero && s == 0)
            ? s : throw new ArgumentException($"{name} must be a number of seconds, not '{value}'");
}
