using System.Diagnostics;
using Corridor.Testing;

namespace Corridor.Data.Tests;

/// <summary>
/// A payroll import killed in the middle leaves nothing: `corridor payroll import` runs as a separate process,
/// is killed once it reports lines stored (inside the one transaction), and the database holds no batch, line or alert.
/// </summary>
public class PayrollKillTests
{
    [DatabaseTheory]
    public async Task A_killed_import_leaves_no_batch_no_lines_and_no_alerts(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 1);
        var before = await PayrollKit.CountsAsync(app);
        var file = Path.Combine(Path.GetTempPath(), $"corridor-payroll-kill-{Guid.NewGuid():N}.csv");
        await using (var w = new StreamWriter(file))
        {
            await w.WriteAsync(PayrollKit.File(f.Pay(f.Workers[0])));
            // National lines need no registered worker.
            for (var i = 0; i < 30_000; i++) await w.WriteLineAsync(f.National($"{800000000000 + i}", 150_000m, "711").ToString());
        }
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                WorkingDirectory = Path.GetTempPath(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Corridor.Web.dll"), "payroll", "import", file }) start.ArgumentList.Add(a);
            start.Environment["Database__Provider"] = provider.ToString();
            start.Environment["ConnectionStrings__Corridor"] = app.ConnectionString;
            start.Environment["DOTNET_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Jobs__Enabled"] = "false";
            start.Environment["NO_COLOR"] = "1";
            // The crash drill: the import stops inside its transaction after 20,000 lines, so the kill lands mid-file every time.
            start.Environment["Payroll__PauseAfterLines"] = "20000";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var seen = new List<string>();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            try
            {
                while (true)
                {
                    // Pipe reads do not honour cancellation everywhere: race each line against the deadline instead.
                    var read = process.StandardOutput.ReadLineAsync();
                    if (await Task.WhenAny(read, Task.Delay(deadline > DateTime.UtcNow ? deadline - DateTime.UtcNow : TimeSpan.Zero)) != read)
                        Assert.Fail($"No 'paused' report within 3 minutes:\n{string.Join('\n', seen)}");
                    if (await read is not { } line) break;
                    seen.Add(line);
                    if (line.StartsWith("paused: ", StringComparison.Ordinal)) break;
                }
            }
            catch
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            if (process.HasExited) Assert.Fail($"The import ended before it could be killed (exit {process.ExitCode}):\n{string.Join('\n', seen)}\n{await stderr}");
            Assert.Contains("store: 10000 lines", seen);
            Assert.Contains("paused: 20000 lines", seen);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(timeout.Token);
            Assert.NotEqual(0, process.ExitCode);
            Assert.DoesNotContain(seen, l => l.StartsWith("STORED", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(before, await PayrollKit.CountsAsync(app));
        // Nothing is left locked either: the next file goes in.
        var next = await PayrollKit.ImportAsync(app, PayrollKit.File(f.Pay(f.Workers[0])));
        Assert.True(next.Stored, string.Join("\n", next.Errors));
        Assert.Equal((before.Batches + 1, before.Lines + 1, before.Alerts), await PayrollKit.CountsAsync(app));
    }
}
