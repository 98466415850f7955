using System.CommandLine;
using System.Diagnostics;
using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Web.Features.Audit;
using Corridor.Web.Features.Levies;
using Corridor.Web.Features.Protection.Payroll;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Corridor.Web.Infrastructure.Jobs;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Corridor.Web.Infrastructure.Cli;

/// <summary>
/// The `corridor` command: demo, serve, migrate, seed, user add, audit verify, levies issue, jobs run. Every command builds the
/// same host as the web app, so it reads the same configuration (appsettings, environment variables).
/// </summary>
public static class CorridorCommands
{
    private static readonly string[] Names = ["demo", "serve", "migrate", "seed", "audit", "user", "levies", "jobs", "payroll", "remittances", "import", "statistics", "--help", "-h", "-?", "--version"];

    /// <summary>No arguments (or only host options such as --urls) means "serve", as the test host expects.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Corridor — the labour-migration information system of a ministry of labour.");
        root.Subcommands.Add(Demo());
        root.Subcommands.Add(Serve());
        root.Subcommands.Add(Migrate());
        root.Subcommands.Add(Seed());
        root.Subcommands.Add(UserAdd());
        root.Subcommands.Add(Audit());
        root.Subcommands.Add(Levies());
        root.Subcommands.Add(Jobs());
        root.Subcommands.Add(Payroll());
        root.Subcommands.Add(Remittances());
        root.Subcommands.Add(Import());
        root.Subcommands.Add(Statistics());
        return root.Parse(args).InvokeAsync();
    }

    private static Command Demo()
    {
        var port = new Option<int>("--port") { Description = "Port to serve on (127.0.0.1).", DefaultValueFactory = _ => 5080 };
        var password = new Option<string>("--password") { Description = "Password of every demo account.", DefaultValueFactory = _ => "demo" };
        var reset = new Option<bool>("--reset") { Description = "Delete the demo database and start over." };
        var workers = new Option<int>("--workers") { Description = "Migrant workers to seed.", DefaultValueFactory = _ => 5000 };
        var employers = new Option<int>("--employers") { Description = "Employers to seed.", DefaultValueFactory = _ => 500 };
        var noServe = new Option<bool>("--no-serve") { Description = "Prepare the database and exit." };
        var command = new Command("demo", "Migrate the database, seed a demo country (Kazakhstan) once, print one login per role and serve the web app.")
        {
            port, password, reset, workers, employers, noServe,
        };
        command.SetAction(async (parse, ct) =>
        {
            var url = $"http://127.0.0.1:{parse.GetValue(port)}";
            // The demo's own accounts use a short password, so relax the length rule for this host only.
            var app = Program.BuildWebApp(["--urls", url, "--Auth:MinimumPasswordLength", "4"]);
            if (parse.GetValue(reset)) await ResetAsync(app);
            await MigrateAsync(app, ct);

            await using (var scope = app.Services.CreateAsyncScope())
            {
                var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
                if (await seeder.IsSeededAsync(ct))
                    AnsiConsole.MarkupLine("[grey]Demo data already present; reusing it (use --reset to start over).[/]");
                else
                    await SeedWithProgressAsync(seeder, new DemoSize(parse.GetValue(employers), parse.GetValue(workers)), parse.GetValue(password)!, ct);
            }
            await LoadUnDataForDemoAsync(app, ct);
            PrintLogins(parse.GetValue(password)!);
            if (parse.GetValue(noServe)) return 0;
            AnsiConsole.MarkupLine($"[green]Corridor is running at[/] [link]{url}[/]  [grey](API reference: {url}/scalar/v1 · Ctrl+C stops)[/]");
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }

    private static Command Serve()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Serve the web app and the API (migrates the database first when Database:MigrateOnStart is true).") { urls };
        command.SetAction(async (parse, ct) =>
        {
            var app = Program.BuildWebApp(["--urls", parse.GetValue(urls)!]);
            await app.PrepareDatabaseAsync(ct);
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }

    private static Command Migrate()
    {
        var command = new Command("migrate", "Apply the migrations of the configured provider (Database:Provider) and create the roles.");
        command.SetAction(async (_, ct) =>
        {
            var app = Program.BuildWebApp([]);
            await MigrateAsync(app, ct);
            return 0;
        });
        return command;
    }

    private static Command Seed()
    {
        var password = new Option<string>("--password") { Description = "Password of every demo account.", DefaultValueFactory = _ => "demo" };
        var workers = new Option<int>("--workers") { Description = "Migrant workers to seed.", DefaultValueFactory = _ => 5000 };
        var employers = new Option<int>("--employers") { Description = "Employers to seed.", DefaultValueFactory = _ => 500 };
        var command = new Command("seed", "Seed the demo country into an empty, migrated database.") { password, workers, employers };
        command.SetAction(async (parse, ct) =>
        {
            var app = Program.BuildWebApp(["--Auth:MinimumPasswordLength", "4"]);
            await using var scope = app.Services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            if (await seeder.IsSeededAsync(ct))
            {
                AnsiConsole.MarkupLine("[red]The database already holds data; seed only an empty database.[/]");
                return 1;
            }
            await SeedWithProgressAsync(seeder, new DemoSize(parse.GetValue(employers), parse.GetValue(workers)), parse.GetValue(password)!, ct);
            PrintLogins(parse.GetValue(password)!);
            return 0;
        });
        return command;
    }

    private static Command UserAdd()
    {
        var email = new Option<string>("--email") { Description = "E-mail, also the sign-in name.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        var password = new Option<string>("--password") { Description = "Initial password (at least Auth:MinimumPasswordLength characters).", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var employer = new Option<string?>("--employer") { Description = "For employer accounts: the employer's registration number." };
        var agency = new Option<string?>("--agency") { Description = "For agency accounts: the agency's licence number." };
        var orgUnit = new Option<string?>("--org-unit") { Description = "For officers working in one region (e.g. inspectors): the org unit's code; none means the whole country." };
        var add = new Command("add", "Create an account, e.g. the first administrator of a new deployment.") { email, role, password, name, employer, agency, orgUnit };
        add.SetAction(async (parse, ct) =>
        {
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<CorridorDbContext>();
            var roleName = parse.GetValue(role)!;
            if (!Roles.All.Contains(roleName)) { AnsiConsole.MarkupLineInterpolated($"[red]Unknown role '{roleName}'.[/]"); return 2; }
            await DemoSeeder.EnsureRolesAsync(sp.GetRequiredService<RoleManager<CorridorRole>>());
            var user = new CorridorUser { UserName = parse.GetValue(email), Email = parse.GetValue(email), EmailConfirmed = true, DisplayName = parse.GetValue(name) ?? parse.GetValue(email)! };
            if (parse.GetValue(employer) is { } reg)
                user.EmployerId = await db.Employers.Where(e => e.RegistrationNumber == reg).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct)
                    ?? throw new InvalidOperationException($"No employer has registration number {reg}.");
            if (parse.GetValue(agency) is { } lic)
                user.AgencyId = await db.RecruitmentAgencies.Where(a => a.LicenceNumber == lic).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct)
                    ?? throw new InvalidOperationException($"No agency has licence number {lic}.");
            if (parse.GetValue(orgUnit) is { } unit)
                user.OrgUnitId = await db.OrgUnits.Where(u => u.Code == unit).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct)
                    ?? throw new InvalidOperationException($"No org unit has code {unit}.");
            var users = sp.GetRequiredService<UserManager<CorridorUser>>();
            var created = await users.CreateAsync(user, parse.GetValue(password)!);
            if (created.Succeeded) created = await users.AddToRoleAsync(user, roleName);
            if (!created.Succeeded)
            {
                foreach (var e in created.Errors) AnsiConsole.MarkupLineInterpolated($"[red]{e.Description}[/]");
                return 1;
            }
            AnsiConsole.MarkupLineInterpolated($"[green]Created {user.Email} ({roleName}).[/]");
            return 0;
        });
        var command = new Command("user", "Manage accounts.");
        command.Subcommands.Add(add);
        return command;
    }

    private static Command Audit()
    {
        var verify = new Command("verify", "Walk the audit hash chain; exit 0 when intact, 1 at the first tampered event.");
        verify.SetAction(async (_, ct) =>
        {
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().HandleAsync(ct: ct);
            Console.WriteLine(result.Describe());
            return result.Intact ? 0 : 1;
        });
        var command = new Command("audit", "The audit trail.");
        command.Subcommands.Add(verify);
        return command;
    }

    private static Command Levies()
    {
        var month = new Option<string>("--month") { Description = "The month to levy, YYYY-MM (e.g. 2026-11).", Required = true };
        var issue = new Command("issue", "The monthly levy run: one statement per employer with inbound foreign workers; safe to repeat.") { month };
        issue.SetAction(async (parse, ct) =>
        {
            if (LevyMonth.Parse(parse.GetValue(month)) is not { } period)
            {
                AnsiConsole.MarkupLine("[red]Give the month as YYYY-MM, e.g. 2026-11.[/]");
                return 2;
            }
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<IssueLevyStatements>().IssueAsync(period, ct);
            if (!outcome.IsOk)
            {
                var message = outcome.Message ?? string.Join(" ", outcome.Errors?.SelectMany(e => e.Value) ?? []);
                AnsiConsole.MarkupLineInterpolated($"[red]{message}[/]");
                return 1;
            }
            var r = outcome.Value!;
            Console.WriteLine($"{r.Month}: {r.Issued} statement(s) issued under policy set {r.PolicySetNumber}, {r.AlreadyIssued} already issued, " +
                $"{r.NotLevied} employer(s) in sectors without a levy; levied {LevyMonth.Money(r.Total)} KZT.");
            return 0;
        });
        var command = new Command("levies", "Foreign-worker levies.");
        command.Subcommands.Add(issue);
        return command;
    }

    private static Command Jobs()
    {
        var date = new Option<string?>("--date") { Description = "The day to run for, yyyy-MM-dd (default: today, UTC)." };
        var run = new Command("run", "Run every daily job once for the day (safe to repeat), then deliver the notification outbox.") { date };
        run.SetAction(async (parse, ct) =>
        {
            var app = Program.BuildWebApp([]);
            var day = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            if (parse.GetValue(date) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", out day))
            {
                AnsiConsole.MarkupLine("[red]Give the date as yyyy-MM-dd, e.g. 2026-11-25.[/]");
                return 2;
            }
            var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Corridor.Jobs");
            AnsiConsole.MarkupLineInterpolated($"[grey]Daily jobs for {day:yyyy-MM-dd}:[/]");
            var runs = await DailyJobs.RunAllAsync(scopes, day, log, ct);
            // Plain lines (no markup wrapping) so scripts can read them: "<job>: <summary>".
            foreach (var r in runs) Console.WriteLine($"{r.Name}: {r.Summary}");
            var delivery = await DailyJobs.DeliverAsync(scopes, log, ct);
            Console.WriteLine(delivery is { } d ? $"outbox: {d.Delivered} notification(s) delivered, {d.Failed} failed." : "outbox: delivery failed (see the log).");
            return runs.All(r => r.Succeeded) && delivery is not null ? 0 : 1;
        });
        var command = new Command("jobs", "The daily jobs the scheduler runs (permit-expiry reminders and others).");
        command.Subcommands.Add(run);
        return command;
    }

    private static Command Payroll()
    {
        var file = new Argument<FileInfo>("file") { Description = "The payroll CSV file (format: docs/payroll-file.md)." };
        var employer = new Option<string?>("--employer") { Description = "Submit as this employer (registration number): only its own lines are accepted. Default: an officer's batch." };
        var import = new Command("import", "Validate a payroll file whole and, when it has no error, store and reconcile it in one transaction.") { file, employer };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) { AnsiConsole.MarkupLineInterpolated($"[red]No file {path.FullName}.[/]"); return 2; }
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var submitter = PayrollSubmitter.Officer("cli");
            if (parse.GetValue(employer) is { } number)
            {
                var id = await sp.GetRequiredService<CorridorDbContext>().Employers.Where(e => e.RegistrationNumber == number)
                    .Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
                if (id is null) { AnsiConsole.MarkupLineInterpolated($"[red]No employer has registration number {number}.[/]"); return 2; }
                submitter = PayrollSubmitter.Employer(id.Value, "cli:" + number);
            }
            var importer = sp.GetRequiredService<PayrollImport>();
            // Plain lines, flushed at once, so an operator (or a test) sees how far it got.
            importer.PauseAfterLines = app.Configuration.GetValue<int?>("Payroll:PauseAfterLines");
            importer.Progress = new SyncProgress(p => { Console.WriteLine($"{p.Phase}: {p.Lines} lines"); Console.Out.Flush(); });
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var result = await importer.ImportAsync(stream, path.Name, submitter, ct);
            if (!result.Stored)
            {
                foreach (var e in result.Errors) Console.WriteLine($"line {e.Line}, column {e.Column} ({e.Field}): {e.Message}");
                Console.WriteLine($"REJECTED: {result.ErrorCount} error(s); nothing was stored.");
                return 1;
            }
            Console.WriteLine($"STORED: batch {result.BatchId}, {result.Lines} lines, {result.Alerts} alerts " +
                $"(validate {result.ValidateTime.TotalSeconds:0.0} s, store {result.StoreTime.TotalSeconds:0.0} s, reconcile {result.ReconcileTime.TotalSeconds:0.0} s).");
            return 0;
        });
        var command = new Command("payroll", "Wage protection: monthly payroll files.");
        command.Subcommands.Add(import);
        return command;
    }

    // ---- Issue 6: remittances ------------------------------------------------------------------------------------

    /// <summary><c>corridor remittances import &lt;csv&gt;</c>: an RPW-layout price file, checked whole, stored in one transaction or not at all.</summary>
    private static Command Remittances()
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV file in the World Bank RPW column layout (docs/user-guide.md, remittances)." };
        var import = new Command("import", "Import remittance prices; every error is printed with its line and column and nothing is stored on error.") { file };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) { AnsiConsole.MarkupLineInterpolated($"[red]No file {path.FullName}.[/]"); return 2; }
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<Corridor.Web.Features.Remittances.ImportRemittancePrices>();
            await using var stream = path.OpenRead();
            var result = await importer.ImportAsync(stream, path.Name, "cli", ct);
            if (!result.Stored)
            {
                foreach (var e in result.Errors) Console.WriteLine($"line {e.Line}, column {e.Column} ({e.Field}): {e.Message}");
                Console.WriteLine($"REJECTED: {result.ErrorCount} error(s); nothing was stored.");
                return 1;
            }
            Console.WriteLine($"STORED: {result.Lines} prices.");
            return 0;
        });
        var command = new Command("remittances", "Remittance prices (SDG 10.c.1).");
        command.Subcommands.Add(import);
        return command;
    }

    // ---- Forecasts (issue 6): UN DESA migrant stock and UN WPP population imports ----

    private static Command Import()
    {
        var csv = new Argument<FileInfo>("csv") { Description = "The UN DESA origin × destination CSV (Year,Dest,<origin countries…>)." };
        var stock = new Command("un-migrant-stock", "Load the UN DESA International Migrant Stock matrix; replaces the previous load; reports names that do not map to ISO codes.") { csv };
        stock.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(csv)!;
            if (!path.Exists) { AnsiConsole.MarkupLineInterpolated($"[red]No file {path.FullName}.[/]"); return 2; }
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<Corridor.Web.Features.Forecasts.UnDataImport>().MigrantStockAsync(path.FullName, ct);
                Console.WriteLine($"Loaded {result.Rows} corridor figures ({result.MissingCells} missing cells) in {watch.Elapsed.TotalSeconds:0.0} s.");
                if (result.SkippedAggregates.Count > 0) Console.WriteLine($"Skipped regions and aggregates: {string.Join("; ", result.SkippedAggregates)}");
                if (result.Unmapped.Count > 0) Console.WriteLine($"Names that do not map to an ISO 3166 code (not loaded): {string.Join("; ", result.Unmapped)}");
                return 0;
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The WPP 2019 folder with popM, popF, popMprojMed, popFprojMed (.tsv or .txt)." };
        var locations = new Option<string?>("--locations") { Description = "Only these UN M49 codes, comma-separated (e.g. 398,900 for Kazakhstan and the world). Default: every location." };
        var wpp = new Command("wpp", "Load UN World Population Prospects population by sex and 5-year age group (estimates and medium variant); replaces the previous load of those locations.") { folder, locations };
        wpp.SetAction(async (parse, ct) =>
        {
            var dir = parse.GetValue(folder)!;
            if (!dir.Exists) { AnsiConsole.MarkupLineInterpolated($"[red]No folder {dir.FullName}.[/]"); return 2; }
            HashSet<int>? codes = null;
            if (parse.GetValue(locations) is { Length: > 0 } list)
            {
                codes = [];
                foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!int.TryParse(part, out var code)) { Console.Error.WriteLine($"\"{part}\" is not a UN M49 code."); return 2; }
                    codes.Add(code);
                }
            }
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            try
            {
                var rows = await scope.ServiceProvider.GetRequiredService<Corridor.Web.Features.Forecasts.UnDataImport>().WppAsync(dir.FullName, codes, ct);
                Console.WriteLine($"Loaded {rows} population figures in {watch.Elapsed.TotalSeconds:0.0} s.");
                return 0;
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        var command = new Command("import", "Load official data sets (UN DESA migrant stock, UN WPP population).");
        command.Subcommands.Add(stock);
        command.Subcommands.Add(wpp);
        return command;
    }

    /// <summary>
    /// The demo loads the real UN files when ../shared/data lies next to the repository (or a folder above it): the
    /// deployment country's corridors of the migrant stock matrix and its WPP population and the world's (about 4,000
    /// rows; the whole matrix, 76,000 rows, took 41 s on the shared build machine under load).
    /// </summary>
    private static async Task LoadUnDataForDemoAsync(WebApplication app, CancellationToken ct)
    {
        var data = Corridor.Web.Features.Forecasts.UnData.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (data is null)
        {
            AnsiConsole.MarkupLine("[grey]No ../shared/data found: corridor and projection pages start empty.[/]");
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var import = scope.ServiceProvider.GetRequiredService<Corridor.Web.Features.Forecasts.UnDataImport>();
        var watch = Stopwatch.StartNew();
        var country = scope.ServiceProvider.GetRequiredService<Corridor.Web.Features.Forecasts.DeploymentCountry>().Code;
        if (!await db.MigrantStocks.AnyAsync(ct))
        {
            // The deployment's corridors only (what the demo's pages show); `corridor import un-migrant-stock` loads the whole matrix.
            var stock = await import.MigrantStockAsync(Path.Combine(data, Corridor.Web.Features.Forecasts.UnData.MigrantStockFile), ct, country);
            AnsiConsole.MarkupLineInterpolated($"[grey]UN DESA migrant stock: {stock.Rows} figures for {country} ({watch.Elapsed.TotalSeconds:0.0} s).[/]");
        }
        if (!await db.PopulationFigures.AnyAsync(ct))
        {
            watch.Restart();
            var codes = new HashSet<int> { Corridor.Domain.Forecasts.PopulationFigure.World };
            if (Corridor.Domain.Forecasts.PopulationFigure.LocationOf(country) is { } code) codes.Add(code);
            var rows = await import.WppAsync(Path.Combine(data, Corridor.Web.Features.Forecasts.UnData.WppFolder), codes, ct);
            AnsiConsole.MarkupLineInterpolated($"[grey]UN WPP population: {rows} figures ({watch.Elapsed.TotalSeconds:0.0} s).[/]");
        }
    }

    // ---- Statistics (issue 6) -------------------------------------------------------------------------

    private static Command Statistics()
    {
        var rebuild = new Command("rebuild", "Rebuild the analytics tables (indicators by period and disaggregation) from the operational records.");
        rebuild.SetAction(async (parse, ct) =>
        {
            var app = Program.BuildWebApp([]);
            await using var scope = app.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var outcome = await scope.ServiceProvider.GetRequiredService<Corridor.Web.Features.Statistics.RebuildStatistics>().RebuildNowAsync("cli", ct);
            if (!outcome.IsOk) { AnsiConsole.MarkupLineInterpolated($"[red]{outcome.Message}[/]"); return 1; }
            var s = outcome.Value!;
            Console.WriteLine($"{s.Status}: {s.Rows} rows in {watch.Elapsed.TotalSeconds:0.0} s{(s.Error is null ? "" : " — " + s.Error)}");
            return s.Status == Corridor.Domain.Statistics.RebuildStatus.Succeeded ? 0 : 1;
        });
        var command = new Command("statistics", "Labour migration statistics.");
        command.Subcommands.Add(rebuild);
        return command;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder the lines).</summary>
    private sealed class SyncProgress(Action<PayrollImportProgress> report) : IProgress<PayrollImportProgress>
    {
        public void Report(PayrollImportProgress value) => report(value);
    }

    private static async Task MigrateAsync(WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.MigrateAsync(ct);
        await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<CorridorRole>>());
        AnsiConsole.MarkupLineInterpolated($"[grey]Database ({(db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite")}): {pending.Count} migration(s) applied, schema up to date.[/]");
    }

    private static async Task ResetAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        await db.Database.EnsureDeletedAsync();
        AnsiConsole.MarkupLine("[yellow]Demo database deleted.[/]");
    }

    private static async Task SeedWithProgressAsync(DemoSeeder seeder, DemoSize size, string password, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new Progress<(string Step, double Done)>(p =>
                {
                    if (!tasks.TryGetValue(p.Step, out var t)) tasks[p.Step] = t = ctx.AddTask($"Seeding {p.Step}");
                    foreach (var other in tasks.Values.Where(o => o != t)) other.Value = other.MaxValue;
                    t.Value = p.Done * 100;
                });
                await seeder.SeedAsync(size, password, progress, ct);
                foreach (var t in tasks.Values) t.Value = t.MaxValue;
            });
        AnsiConsole.MarkupLineInterpolated($"[green]Seeded {size.Employers} employers, {size.Agencies} agencies, {size.Workers} migrant workers and {size.JobSeekers} job seekers in {watch.Elapsed.TotalSeconds:0.0} s.[/]");
    }

    private static void PrintLogins(string password)
    {
        var table = new Table().AddColumns("Role", "Login", "Password");
        foreach (var role in Roles.All) table.AddRow(role, $"{role}@demo.corridor", password);
        AnsiConsole.Write(table);
    }
}
