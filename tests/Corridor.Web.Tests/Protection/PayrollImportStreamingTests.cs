using Corridor.Testing;
using Corridor.Web.Features.Protection.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Protection;

/// <summary>
/// The one-pass import stores lines while it still validates the rest of the file: a bad line after thousands of
/// lines already written rolls them all back (in a caller's transaction, back to the import's savepoint only), and a
/// large file reconciled with the terms loaded while it streams finds the same alerts.
/// </summary>
public sealed class PayrollImportStreamingTests
{
    /// <summary>National lines need no registered worker; distinct IINs, an occupation no migrant of the fixture has.</summary>
    private static IEnumerable<PayLine> Nationals(PayrollFixture f, int count, int from = 0) =>
        Enumerable.Range(from, count).Select(i => f.National($"{800000000000 + i}", 150_000m, "711"));

    [DatabaseTheory]
    public async Task A_bad_line_after_thousands_of_stored_lines_leaves_nothing_and_the_corrected_file_then_stores(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 2);
        var before = await PayrollKit.CountsAsync(app);
        var good = Nationals(f, 6_000).Cast<object>().Append(f.Pay(f.Workers[0])).ToList();
        var bad = PayrollKit.File(good.Append(f.Pay(f.Workers[1]) with { Net = 1m }));

        var rejected = await PayrollKit.ImportAsync(app, bad);

        Assert.False(rejected.Stored);
        var e = Assert.Single(rejected.Errors);
        // Header, 6,000 nationals, one good migrant line: the bad line is line 6,003.
        Assert.Equal((6_003, 19, "net_paid"), (e.Line, e.Column, e.Field));
        Assert.Equal(before, await PayrollKit.CountsAsync(app));

        var stored = await PayrollKit.ImportAsync(app, PayrollKit.File(good.Append(f.Pay(f.Workers[1]))));
        Assert.True(stored.Stored, string.Join("\n", stored.Errors));
        Assert.Equal((before.Batches + 1, before.Lines + 6_002), ((await PayrollKit.CountsAsync(app)).Batches, (await PayrollKit.CountsAsync(app)).Lines));
    }

    [DatabaseTheory]
    public async Task Inside_a_callers_transaction_a_bad_file_rolls_back_to_its_savepoint_and_the_transaction_goes_on(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 1);
        var before = await PayrollKit.CountsAsync(app);
        var lines = Nationals(f, 3_000).Cast<object>().ToList();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Corridor.Data.CorridorDbContext>();
            var import = scope.ServiceProvider.GetRequiredService<PayrollImport>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await using (var bad = PayrollKit.Stream(PayrollKit.File(lines.Append(f.Pay(f.Workers[0]) with { Channel = "crypto" }))))
            {
                var rejected = await import.ImportAsync(bad, "bad.csv", PayrollSubmitter.Officer("test"), default);
                Assert.False(rejected.Stored);
                Assert.Equal((3_002, 22), (rejected.Errors.Single().Line, rejected.Errors.Single().Column));
            }
            await using (var good = PayrollKit.Stream(PayrollKit.File(lines.Append(f.Pay(f.Workers[0])))))
            {
                var stored = await import.ImportAsync(good, "good.csv", PayrollSubmitter.Officer("test"), default);
                Assert.True(stored.Stored, string.Join("\n", stored.Errors));
            }
            await tx.CommitAsync();
        }

        var after = await PayrollKit.CountsAsync(app);
        Assert.Equal((before.Batches + 1, before.Lines + 3_001), (after.Batches, after.Lines));
        Assert.Equal(["good.csv"], await app.WithDbAsync(db => db.PayrollBatches.AsNoTracking().Where(b => b.FileName == "good.csv" || b.FileName == "bad.csv").Select(b => b.FileName).ToListAsync()));
    }

    [DatabaseTheory]
    public async Task A_large_file_finds_the_alerts_of_its_migrant_lines_among_tens_of_thousands_of_lines(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 3);
        var (w0, w1, w2) = (f.Workers[0], f.Workers[1], f.Workers[2]);
        // Over 4 MB, so the registered terms are loaded on a second connection while the lines stream in.
        var csv = PayrollKit.File(Nationals(f, 25_000).Cast<object>()
            .Append(f.Pay(w0) with { Basic = w0.Wage - 50_000m })
            .Concat(Nationals(f, 25_000, from: 25_000))
            .Append(f.Pay(w1)));
        Assert.True(csv.Length > 4 << 20, $"{csv.Length} bytes");

        var result = await PayrollKit.ImportAsync(app, csv);

        Assert.True(result.Stored, string.Join("\n", result.Errors));
        Assert.Equal(50_002, result.Lines);
        var alerts = await app.WithDbAsync(db => db.PayrollAlerts.AsNoTracking().Where(a => a.BatchId == result.BatchId)
            .Select(a => new { a.RuleId, a.LineNumber, a.WorkerId, a.Expected, a.Actual }).ToListAsync());
        Assert.Equal(
            [("WPS-BELOW-CONTRACT", (int?)25_002, (Guid?)w0.Id, (decimal?)w0.Wage, (decimal?)(w0.Wage - 50_000m)), ("WPS-UNPAID", null, w2.Id, w2.Wage, 0m)],
            alerts.Select(a => (a.RuleId, a.LineNumber, a.WorkerId, a.Expected, a.Actual)).OrderBy(a => a.RuleId));
    }
}
