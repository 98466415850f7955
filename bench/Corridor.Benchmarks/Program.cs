using System.Runtime.InteropServices;

namespace Corridor.Benchmarks;

/// <summary>
/// Scenario runner: one measurement per process, so the process's peak memory is that measurement's.
/// Prints one JSON line on stdout; progress and errors go to stderr. (Not named Program: that is
/// Corridor.Web's, whose BuildWebApp the scenarios use.)
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl+C or a time limit (SIGTERM) stops the run cleanly, so its scratch database is dropped.
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        try
        {
            return args.FirstOrDefault() switch
            {
                "seed" => await SeedScenario.RunAsync(SeedOptions.Parse(args[1..]), stop.Token),
                "admission" => await AdmissionScenario.RunAsync(AdmissionOptions.Parse(args[1..]), stop.Token),
                "payroll" => await PayrollScenario.RunAsync(PayrollOptions.Parse(args[1..]), stop.Token),
                "statistics" => await StatisticsScenario.RunAsync(args[1..], stop.Token),
                "-h" or "--help" or null => Usage(0),
                var other => throw new ArgumentException($"unknown scenario '{other}'"),
            };
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("[bench] stopped");
            return 130;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Usage(2);
        }
    }

    private static int Usage(int code)
    {
        Console.Error.WriteLine("""
            usage: Corridor.Benchmarks seed --provider sqlite|postgres --workers N
                     [--employers 500] [--agencies 20] [--commit whole|batch] [--verify-full] [--keep]

              Seeds N migrant workers through DemoSeeder.SeedWorkersAsync (EF Core, audit hash chain,
              batches of 1000) into a fresh database and prints one JSON line with the figures.
              --commit whole   one transaction around all workers, as `corridor seed` does (default)
              --commit batch   each batch of 1000 commits on its own
              --verify-full    also walk the whole audit chain (untimed; slow at 1M)
              --keep           keep the database (prints where it is) instead of deleting it
              PostgreSQL: a fresh database on the server of CORRIDOR_TEST_POSTGRES, dropped afterwards.

                   Corridor.Benchmarks admission --provider sqlite|postgres
                     [--clients 1,8,64] [--duration 20] [--warmup 5] [--employers 64] [--workers 40000]

              Starts the web app on Kestrel (127.0.0.1, a free port) over a fresh database, prepares a policy
              in force, employers with accounts and certified vacancies, a quota and a pool of workers, then
              for each client count POSTs /api/v1/permits/applications for --duration seconds (after one
              warm-up) and prints one JSON line per client count: decisions/s, p50/p95/p99/max latency,
              errors, outcomes. Afterwards the stored applications, decisions, permits, quota and the whole
              audit chain are checked against the responses. Mix: 80 % approved automatically, 10 % refused
              (wage under the minimum), 10 % referred (passport ends before the permit).

                   Corridor.Benchmarks payroll --provider sqlite|postgres --lines N [--employers N/200] [--no-duckdb] [--keep]

              The national payroll month: seeds N migrant workers with active work permits at N/200 employers
              (employers through DemoSeeder; workers, permits and their terms bulk-inserted with EF's shapes,
              untimed), writes the payroll CSV (docs/payroll-file.md; ~3 % underpaid, 1 % late, 1 % forbidden
              deduction, 0.5 % overtime unpaid, 0.5 % missing, 0.5 % national lines) and the terms CSV, then times
              PayrollImport.ImportAsync from the file to stored alerts, and the DuckDB peer: one SQL statement
              from the same CSV files to a stored alerts table. One JSON line with both, their ratio and the
              alert counts per rule on each side.
            """);
        return code;
    }
}
