using System.Security.Cryptography;
using System.Text;
using Corridor.Testing;
using Corridor.Web.Features.Protection.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Protection;

/// <summary>The streaming payroll import on each database: a valid file stored whole with its alerts; a bad line stores nothing.</summary>
public sealed class PayrollImportTests
{
    [DatabaseTheory]
    public async Task A_valid_file_is_stored_whole_with_its_alerts_and_one_audit_event(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 3);
        var (w0, w1, w2) = (f.Workers[0], f.Workers[1], f.Workers[2]);
        var csv = PayrollKit.File(
            f.Pay(w0) with { Housing = 20_000m, Deductions = [("tax", 20_000m), ("accommodation", 15_000.5m)], Account = "\"KZ, \"\"main\"\" account\"" },
            f.Pay(w1) with { Deductions = [("recruitment_fee", 10_000m)] },
            f.National("880101300123", 300_000m, "7112"));
        var auditBefore = await app.WithDbAsync(db => db.AuditEvents.CountAsync());

        var result = await PayrollKit.ImportAsync(app, csv);

        Assert.True(result.Stored, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Lines);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv))), result.Sha256);
        await app.WithDbAsync(async db =>
        {
            var batch = await db.PayrollBatches.AsNoTracking().SingleAsync(b => b.Id == result.BatchId);
            Assert.Equal((3, result.Sha256, 3), (batch.LineCount, batch.Sha256, batch.AlertCount));
            var lines = await db.PayrollLines.AsNoTracking().Where(l => l.BatchId == batch.Id).OrderBy(l => l.LineNumber).ToListAsync();
            Assert.Equal([2, 3, 4], lines.Select(l => l.LineNumber));
            Assert.Equal((w0.Id, 220_000m, 184_999.5m, "KZ, \"main\" account"), (lines[0].WorkerId!.Value, lines[0].Gross, lines[0].NetPaid, lines[0].Account));
            Assert.Equal((Corridor.Domain.Protection.DeductionReason?)Corridor.Domain.Protection.DeductionReason.Accommodation, lines[0].Deduction2Reason);
            Assert.Equal(f.Period, lines[0].Period);
            Assert.Equal("880101300123", lines[2].NationalId);
            var alerts = await db.PayrollAlerts.AsNoTracking().Where(a => a.BatchId == batch.Id).ToListAsync();
            Assert.Equal(
                [("WPS-DEDUCTION-FORBIDDEN", (int?)3, (Guid?)w1.Id), ("WPS-EQUAL-TREATMENT", null, null), ("WPS-UNPAID", null, w2.Id)],
                alerts.Select(a => (a.RuleId, a.LineNumber, a.WorkerId)).OrderBy(a => a.RuleId));
            Assert.Equal(w2.Wage, alerts.Single(a => a.RuleId == "WPS-UNPAID").Expected);
            // One audited record for the file; the lines and alerts are covered by its hash, not by per-row events.
            Assert.Equal(1, await db.AuditEvents.CountAsync() - auditBefore);
            Assert.Contains(result.Sha256!, (await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync()).Data);
        });
        Assert.Equal(3, result.Alerts);
    }

    [DatabaseTheory]
    public async Task A_file_with_one_bad_line_stores_nothing_and_names_the_line_and_column(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 3);
        var csv = PayrollKit.File(f.Pay(f.Workers[0]), f.Pay(f.Workers[1]) with { Net = 1m }, f.Pay(f.Workers[2]));
        var before = await PayrollKit.CountsAsync(app);

        var result = await PayrollKit.ImportAsync(app, csv);

        Assert.False(result.Stored);
        Assert.Null(result.BatchId);
        var e = Assert.Single(result.Errors);
        Assert.Equal((3, 19, "net_paid"), (e.Line, e.Column, e.Field));
        Assert.Equal(before, await PayrollKit.CountsAsync(app));
    }

    public static TheoryData<string, int, int, string> BadLines => new()
    {
        // The bad record is always the second data line (line 3), unless a quoted line break moves it on.
        { "employer=000000000000", 3, 1, "No employer with this registration number is registered." },
        { "worker=W-12345678901", 3, 2, "Not a valid worker number (W- followed by 11 digits with a correct check digit)." },
        { "occupation=99999", 3, 4, "Not an ISCO-08 occupation code." },
        { "period=2026-13", 3, 5, "Give the period as yyyy-MM." },
        { "basic=12,5", 3, 6, "" },
        { "basic=-5", 3, 6, "Not a number: digits with '.' for decimals, never negative." },
        { "basic=100.005", 3, 6, "At most two decimals." },
        { "deduction=bribe", 3, 13, "Unknown deduction reason: tax, social_security, advance, accommodation, food, recruitment_fee, levy, document_fee or other." },
        { "currency=kzt", 3, 20, "The currency is an ISO 4217 code of three capital letters." },
        { "date=05.11.2026", 3, 21, "Give the date as yyyy-MM-dd." },
        { "channel=crypto", 3, 22, "The payment channel is bank, exchange, wallet or cash." },
        { "quote", 3, 23, "A quote inside an unquoted field: quote the whole field and double the quote." },
        { "multiline-then-bad", 5, 19, "Net paid must equal basic wage + allowances + overtime pay − deductions." },
        { "duplicate", 3, 2, "This worker already has a line for this period in this file." },
        { "header", 1, 3, "The header must hold exactly the 23 column names of the format, in order." },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Each_structural_error_is_reported_with_its_line_and_column(string change, int line, int column, string message)
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 2);
        var good = f.Pay(f.Workers[0]);
        var second = f.Pay(f.Workers[1]);
        var before = await PayrollKit.CountsAsync(app);
        var (key, value) = change.Contains('=') ? (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]) : (change, "");
        object bad = key switch
        {
            "employer" => second with { Employer = value },
            "worker" => second with { Worker = value },
            "occupation" => second with { Occupation = value },
            "period" => second with { Period = value },
            "basic" => second with { BasicText = value.Contains(',') ? $"\"{value}\"" : value },
            "deduction" => second with { Deductions = [(value, 100m)] },
            "currency" => second with { Currency = value },
            "date" => second.ToString().Replace(f.PaidOn.ToString("yyyy-MM-dd"), value),
            "channel" => second with { Channel = value },
            "quote" => second with { Account = "KZ\"1" },
            "duplicate" => good,
            _ => second,
        };
        var csv = key switch
        {
            "multiline-then-bad" => PayrollKit.File(good with { Account = "\"line one\nline two\nline three\"" }, second with { Net = 5m }),
            "header" => PayrollKit.File(good, second).Replace("national_id", "iin"),
            _ => PayrollKit.File(good, bad),
        };

        var result = await PayrollKit.ImportAsync(app, csv);

        Assert.False(result.Stored);
        var e = Assert.Single(result.Errors);
        Assert.Equal((line, column), (e.Line, e.Column));
        if (message.Length > 0) Assert.Equal(message, e.Message);
        Assert.Equal(before, await PayrollKit.CountsAsync(app));
    }

    [Fact]
    public async Task An_employer_may_submit_only_its_own_lines()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 1);
        var csv = PayrollKit.File(f.Pay(f.Workers[0]), f.National("880101300123", 100_000m, "7112") with { Employer = f.OtherEmployerNumber });
        var before = await PayrollKit.CountsAsync(app);

        var denied = await PayrollKit.ImportAsync(app, csv, PayrollSubmitter.Employer(f.EmployerId, "employer"));
        var e = Assert.Single(denied.Errors);
        Assert.Equal((3, 1, "An employer may submit only its own payroll lines."), (e.Line, e.Column, e.Message));
        Assert.Equal(before, await PayrollKit.CountsAsync(app));

        var own = await PayrollKit.ImportAsync(app, PayrollKit.File(f.Pay(f.Workers[0])), PayrollSubmitter.Employer(f.EmployerId, "employer"));
        Assert.True(own.Stored);
        Assert.Equal(0, own.Alerts);
        var batch = await app.WithDbAsync(db => db.PayrollBatches.AsNoTracking().SingleAsync(b => b.Id == own.BatchId));
        Assert.Equal((f.EmployerId, "employer"), (batch.SubmitterEmployerId!.Value, batch.SubmittedBy));
    }

    [Fact]
    public async Task A_non_seekable_upload_is_spooled_and_read_twice()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 2);
        var csv = "\uFEFF" + PayrollKit.File(f.Pay(f.Workers[0]), f.Pay(f.Workers[1])).Replace("\n", "\r\n");
        await using var scope = app.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<PayrollImport>();
        var result = await import.ImportAsync(new ForwardOnly(Encoding.UTF8.GetBytes(csv)), "upload.csv", PayrollSubmitter.Officer("test"), default);
        Assert.True(result.Stored, string.Join("\n", result.Errors));
        Assert.Equal((2, 0), (result.Lines, result.Alerts));
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
