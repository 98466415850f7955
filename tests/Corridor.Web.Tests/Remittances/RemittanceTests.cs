using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Features.Recruitment.Fees;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Remittances;

/// <summary>A small seeded demo country (with the demo catalogue) on each provider, shared by the tests of a class.</summary>
public sealed class RemittanceApps() : ProviderApps<CorridorAppFactory>(async provider =>
{
    var app = new CorridorAppFactory(provider);
    try
    {
        await app.SeedAsync(AppExtensions.Small);
        return app;
    }
    catch
    {
        app.Dispose();
        throw;
    }
});

/// <summary>
/// Issue 6, remittances: the RPW import (checked whole, line and column errors, nothing stored on error), the analyst's
/// price form, the catalogue's computations over the API, the public comparison page and API, SDG 10.7.1 from declared
/// costs and first-month earnings, and who may do what. Each test uses its own quarter so they do not disturb each other.
/// </summary>
public sealed class RemittanceTests(RemittanceApps apps) : IClassFixture<RemittanceApps>
{
    private const string Header = "id,period,date,source_code,source_name,destination_code,destination_name,firm,firm_type,speed actual," +
        "cc1 denomination amount,cc1 lcu amount,cc1 lcu code,cc1 lcu fee,cc1 lcu fx rate,cc1 fx margin,cc1 total cost %," +
        "cc2 denomination amount,cc2 lcu amount,cc2 lcu code,cc2 lcu fee,cc2 lcu fx rate,cc2 fx margin,cc2 total cost %," +
        "inter lcu bank fx,transparent,access point,note2,destination_lcu_code";

    private static string Line(string period, string firm, decimal fee, decimal rate, string type = "Money Transfer Operator", string speed = "Same day",
        string to = "MEX") =>
        FormattableString.Invariant($"1,{period},2019-02-01,USA,United States,{to},Mexico,{firm},{type},{speed},200,200,USD,{fee},{rate},,,500,500,USD,{fee},{rate},,,17,Yes,Agent,,MXN");

    private static StringContent Csv(params string[] lines) => new(string.Join("\r\n", [Header, .. lines]), Encoding.UTF8, "text/csv");

    private static Task<int> CountAsync(CorridorAppFactory app) => app.WithDbAsync(db => db.RemittanceServices.CountAsync());

    [DatabaseTheory]
    public async Task A_good_rpw_file_is_stored_whole_and_the_catalogue_computes_margin_total_cost_and_smart(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await app.ApiClientAsync("analyst");
        var before = await CountAsync(app);

        var response = await analyst.PostAsync("/api/v1/remittances/import", Csv(
            Line("2019_1Q", "Example MTO", 5m, 16.66m), Line("2019_1Q", "Example Bank", 0m, 16.32m, "Bank", "6 days or more")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("lines").GetInt32());
        Assert.Equal(before + 2, await CountAsync(app));
        var catalogue = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/remittances/catalogue?period=2019_1Q");
        var items = catalogue.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("provider").GetString()!);
        // methods §2.2: fee 5 on 200 and 16.66 against 17.00 → margin 2.00 %, total 4.50 %; the bank: 4.00 % margin, no fee.
        Assert.Equal((2.00m, 4.50m), (items["Example MTO"].GetProperty("fxMargin200").GetDecimal(), items["Example MTO"].GetProperty("totalCost200").GetDecimal()));
        Assert.Equal((4.00m, 4.00m), (items["Example Bank"].GetProperty("fxMargin200").GetDecimal(), items["Example Bank"].GetProperty("totalCost200").GetDecimal()));
        var corridor = catalogue.GetProperty("corridorCosts").EnumerateArray().Single();
        Assert.Equal("USA-MEX", corridor.GetProperty("corridor").GetString());
        Assert.Equal(4.25m, corridor.GetProperty("average200").GetDecimal());
        Assert.Equal(4.50m, corridor.GetProperty("smart200").GetDecimal()); // the bank takes 6 days: it does not qualify
        Assert.Equal((false, true), (corridor.GetProperty("above5").GetBoolean(), corridor.GetProperty("above3").GetBoolean()));
        Assert.Equal(4.25m, catalogue.GetProperty("globalAverage200").GetDecimal());
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "remittance-prices.imported")));

        // The same prices again: refused by line, nothing stored.
        var again = await analyst.PostAsync("/api/v1/remittances/import", Csv(Line("2019_1Q", "Example MTO", 5m, 16.66m)));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var error = Assert.Single((await again.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal((2, "firm"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));
        Assert.Equal(before + 2, await CountAsync(app));
    }

    [DatabaseTheory]
    public async Task A_file_with_one_bad_line_stores_nothing_and_lists_every_error_with_line_and_column(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await app.ApiClientAsync("analyst");
        var before = await app.CountsAsync();
        var services = await CountAsync(app);

        var response = await analyst.PostAsync("/api/v1/remittances/import", Csv(
            Line("2019_2Q", "Fine MTO", 5m, 16.66m),
            Line("2019_2Q", "Bad MTO", -1m, 20m, type: "Rocket"),
            Line("2019_2Q", "Fine MTO", 4m, 16.7m)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.GetProperty("stored").GetBoolean());
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([(3, 9, "firm_type"), (3, 14, "cc1 lcu fee"), (3, 15, "cc1 lcu fx rate"), (3, 21, "cc2 lcu fee"), (3, 22, "cc2 lcu fx rate"), (4, 8, "firm")], errors);
        Assert.Equal(6, body.GetProperty("errorCount").GetInt32());
        Assert.Equal(services, await CountAsync(app));
        Assert.Equal(before, await app.CountsAsync());

        var empty = await analyst.PostAsync("/api/v1/remittances/import", new StringContent("", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [DatabaseTheory]
    public async Task The_price_form_reports_every_field_error_stores_nothing_then_saves_and_audits_a_good_price(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.BrowserClientAsync("analyst");
        var services = await CountAsync(app);
        var fields = new Dictionary<string, string>
        {
            ["Input.Period"] = "2019-3", ["Input.CollectedOn"] = "2019-08-01", ["Input.SendingCountry"] = "KAZ", ["Input.ReceivingCountry"] = "KAZ",
            ["Input.Provider"] = "", ["Input.ProviderType"] = "Bank", ["Input.SendingCurrency"] = "XYZ", ["Input.Amount200"] = "104000",
            ["Input.Fee200"] = "-5", ["Input.Rate200"] = "24.3", ["Input.Amount500"] = "260000", ["Input.Fee500"] = "100", ["Input.Rate500"] = "24.3",
            ["Input.InterbankRate"] = "24.42", ["Input.Speed"] = "NextDay", ["Input.Transparent"] = "true",
        };

        var bad = await CorridorAppFactory.PostFormAsync(client, "/remittances/catalogue/add", fields);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var links = (await bad.HtmlAsync()).QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")).Order().ToList();
        Assert.Equal(["#Input_Fee200", "#Input_Period", "#Input_Provider", "#Input_ReceivingCountry", "#Input_SendingCurrency"], links);
        Assert.Equal(services, await CountAsync(app));

        fields["Input.Period"] = "2019_3Q";
        fields["Input.ReceivingCountry"] = "UZB";
        fields["Input.Provider"] = "Form Bank";
        fields["Input.SendingCurrency"] = "KZT";
        fields["Input.Fee200"] = "1500";
        var good = await CorridorAppFactory.PostFormAsync(client, "/remittances/catalogue/add", fields);
        var page = await good.HtmlAsync();
        Assert.NotNull(page.QuerySelector("#saved"));
        Assert.Equal(services + 1, await CountAsync(app));
        var stored = await app.WithDbAsync(db => db.RemittanceServices.AsNoTracking().SingleAsync(s => s.Provider == "Form Bank"));
        // 1 500 / 104 000 + (24.42 − 24.3) / 24.42 = 1.4423 % + 0.4914 % = 1.93 %
        Assert.Equal(1.93m, decimal.Round(stored.TotalCost200, 2));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "remittance-price.entered" && e.EntityId == stored.Id.ToString())));
    }

    [DatabaseTheory]
    public async Task The_public_api_ranks_the_demo_providers_by_what_the_family_receives(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient();

        var corridors = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/remittances/corridors");
        Assert.Contains("KAZ-UZB", corridors.EnumerateArray().Select(c => c.GetProperty("corridor").GetString()));
        var prices = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/remittances/prices?corridor=KAZ-UZB&amount=104000");
        var providers = prices.GetProperty("providers").EnumerateArray().Select(p => (p.GetProperty("provider").GetString(), p.GetProperty("received").GetDecimal())).ToList();
        // 104 000 KZT paid: fee taken first, the rest at the applied rate (demo figures, hand-computed).
        Assert.Equal([("Silk Road Money", 2_496_000m), ("Tez Pay", 2_492_600m), ("Steppe Bank", 2_490_750m), ("National Post", 2_423_460m), ("GlobalSend", 2_389_847.2m)],
            providers);
        Assert.All(prices.GetProperty("providers").EnumerateArray(), p => Assert.True(p.GetProperty("demo").GetBoolean()));

        var unknown = await anonymous.GetAsync("/api/v1/remittances/prices?corridor=XXX-YYY");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["corridor"], (await unknown.JsonAsync()).ErrorFields());
    }

    [DatabaseTheory]
    public async Task The_public_page_speaks_russian_to_a_signed_out_worker_and_ranks_providers(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient();

        var response = await anonymous.GetAsync("/remittances?Query.Corridor=KAZ-UZB&Query.Amount=104000&culture=ru");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Отправить деньги домой: сравните цены", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Казахстан → Узбекистан", page.QuerySelector("#Query_Corridor option[selected]")!.TextContent);
        var rows = page.QuerySelectorAll("#providers tbody tr").ToList();
        Assert.Equal(["Silk Road Money", "Tez Pay", "Steppe Bank", "National Post", "GlobalSend"], rows.Select(r => r.GetAttribute("data-provider")));
        Assert.StartsWith("2 496 000 UZS", Normalise(rows[0].QuerySelector(".received")!.TextContent));
        Assert.Contains("Итоговая стоимость", page.QuerySelector("#providers thead")!.TextContent);
        Assert.NotNull(page.QuerySelector("#demo-note"));
        Assert.Contains("Что означают слова", page.QuerySelector("#terms")!.TextContent);
    }

    private static string Normalise(string text) => string.Join(' ', text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [DatabaseTheory]
    public async Task Sdg_10_7_1_reproduces_the_worked_example_for_a_corridor_and_counts_a_currency_mismatch(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        // methods §1.4: W1 paid 1,200 on 400, W2 nothing on 500, W3 900 on 300; a fourth paid in another currency.
        var agency = await app.WithDbAsync(db => db.RecruitmentAgencies.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        await AddWorkerAsync(app, agency, Sex.Male, 400m, "USD", [(1_000m, "USD"), (200m, "USD")]);
        await AddWorkerAsync(app, agency, Sex.Male, 500m, "USD", []);
        await AddWorkerAsync(app, agency, Sex.Male, 300m, "USD", [(900m, "USD")]);
        await AddWorkerAsync(app, agency, Sex.Female, 3_000m, "QAR", [(500m, "USD")]);
        var analyst = await app.ApiClientAsync("analyst");

        var report = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/statistics/recruitment-costs");

        Assert.Equal("MeanPositive", report.GetProperty("sdgVariant").GetString());
        var rows = report.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("origin").GetString() == "NPL").ToList();
        var corridor = rows.Single(r => r.GetProperty("sex").ValueKind == JsonValueKind.Null);
        Assert.Equal("QAT", corridor.GetProperty("destination").GetString());
        Assert.Equal((3, 1, 2), (corridor.GetProperty("n").GetInt32(), corridor.GetProperty("excludedCurrency").GetInt32(), corridor.GetProperty("positiveCost").GetInt32()));
        Assert.Equal((2.00m, 3.00m, 1.75m, 3.00m, 33.33m),
            (corridor.GetProperty("meanAll").GetDecimal(), corridor.GetProperty("meanPositive").GetDecimal(), corridor.GetProperty("ratioOfMeans").GetDecimal(),
             corridor.GetProperty("median").GetDecimal(), corridor.GetProperty("zeroCostSharePercent").GetDecimal()));
        Assert.Equal(3.00m, corridor.GetProperty("sdg1071").GetDecimal());
        Assert.True(corridor.GetProperty("smallCell").GetBoolean());
        var women = rows.Single(r => r.GetProperty("sex").GetString() == "Female");
        Assert.Equal((0, 1), (women.GetProperty("n").GetInt32(), women.GetProperty("excludedCurrency").GetInt32()));

        var csv = await analyst.GetStringAsync("/api/v1/statistics/recruitment-costs?format=csv");
        Assert.StartsWith("origin,destination,sex,n,excludedCurrency,positiveCost,sdg1071,meanAll,ratioOfMeans,median,zeroCostShare,currency,smallCell", csv.TrimStart('\uFEFF'));
        Assert.Contains("Nepal,Qatar,Both sexes,3,1,2,3,2,1.75,3,33.33,USD,Yes", csv);
        var page = await (await app.BrowserClientAsync("analyst")).GetHtmlAsync("/statistics/recruitment-costs");
        Assert.NotNull(page.QuerySelector("#sdg-value"));
        Assert.NotNull(page.QuerySelector("figure.chart svg"));
        Assert.Contains("SDG 10.7.1", page.QuerySelector("#method")!.TextContent);
    }

    private static async Task AddWorkerAsync(CorridorAppFactory app, Guid agency, Sex sex, decimal earnings, string currency, (decimal Amount, string Currency)[] costs)
    {
        var today = app.Today();
        var worker = await app.WithDbAsync(async db =>
        {
            var w = new MigrantWorker(PublicNumber.New('W'), new WorkerParticulars("Test", "Worker", sex, today.AddYears(-30), "NPL", AppExtensions.NewPassport(), "NPL",
                today.AddYears(6), "721", MigrationDirection.Outbound, "QAT", "en", null, null), null, agency);
            db.MigrantWorkers.Add(w);
            db.FirstMonthEarnings.Add(new FirstMonthEarnings(w.Id, new DateOnly(today.Year, today.Month, 1).AddMonths(-1), earnings, currency,
                EarningsSource.WorkerDeclaration, "test", today));
            await db.SaveChangesAsync();
            return w;
        });
        foreach (var (amount, cur) in costs)
            await app.WithDbAsync(db => RecordRecruitmentCost.SaveAsync(db, new RecruitmentCost(worker.Id, agency, null, "QAT", "721", "RECRUITMENT_FEE", amount, cur,
                today.AddDays(-40), null, CostSource.WorkerDeclaration, "test", today), DateTime.UtcNow, default));
    }

    [DatabaseTheory]
    public async Task The_demo_data_shows_every_sdg_10_7_1_variant_and_every_catalogue_flag(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await app.ApiClientAsync("analyst");
        var report = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/statistics/recruitment-costs");
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        var total = rows[0];
        Assert.True(total.GetProperty("n").GetInt32() > 0);
        Assert.True(report.GetProperty("excludedCurrency").GetInt32() > 0);
        foreach (var variant in new[] { "meanAll", "meanPositive", "median", "zeroCostSharePercent" })
            Assert.True(total.GetProperty(variant).GetDecimal() > 0, variant);
        Assert.Contains(rows, r => r.GetProperty("ratioOfMeans").ValueKind == JsonValueKind.Number);

        var catalogue = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/remittances/catalogue");
        var corridors = catalogue.GetProperty("corridorCosts").EnumerateArray().ToList();
        Assert.Equal(["KAZ-KGZ", "KAZ-TJK", "KAZ-UZB", "KOR-KAZ", "RUS-KAZ"], corridors.Select(c => c.GetProperty("corridor").GetString()).Order());
        Assert.Contains(corridors, c => c.GetProperty("smart200").ValueKind == JsonValueKind.Null);
        Assert.Contains(corridors, c => c.GetProperty("above5").GetBoolean());
        Assert.Contains(corridors, c => !c.GetProperty("above3").GetBoolean());
        Assert.True(catalogue.GetProperty("periods").GetArrayLength() >= 2); // this quarter and the one before (other tests add 2019 quarters)
    }

    [DatabaseTheory]
    public async Task The_import_page_lists_errors_by_line_and_column_then_imports_a_corrected_file(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.BrowserClientAsync("analyst");
        async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(string csv)
        {
            var token = (await client.GetHtmlAsync("/remittances/catalogue/import")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "rpw.csv" },
            };
            var response = await client.PostAsync("/remittances/catalogue/import", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.HtmlAsync();
        }
        var services = await CountAsync(app);

        var bad = await UploadAsync(string.Join("\n", Header, Line("2019_4Q", "Page MTO", 5m, 16.66m), Line("2019_4Q", "Page Bank", 1m, 16.5m, speed: "Soon")));

        var cells = bad.QuerySelectorAll("table.import-errors tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["3|10|speed actual|Unknown speed: use Less than one hour, Same day, Next day, 2 days, 3-5 days or 6 days or more."], cells);
        Assert.Equal(services, await CountAsync(app));

        var good = await UploadAsync(string.Join("\n", Header, Line("2019_4Q", "Page MTO", 5m, 16.66m), Line("2019_4Q", "Page Bank", 1m, 16.5m)));
        Assert.NotNull(good.QuerySelector("#imported"));
        Assert.Equal(services + 2, await CountAsync(app));
        var source = await app.WithDbAsync(db => db.RemittanceServices.Where(s => s.Provider == "Page MTO").Select(s => s.Source).SingleAsync());
        Assert.Equal("RPW import: rpw.csv", source);
    }

    [DatabaseTheory]
    public async Task The_price_api_returns_camel_case_field_errors_and_creates_a_good_price(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await app.ApiClientAsync("analyst");
        var price = new Dictionary<string, object?>
        {
            ["period"] = "2020_1Q", ["collectedOn"] = "2020-02-01", ["sendingCountry"] = "RUS", ["receivingCountry"] = "TJK", ["provider"] = "Api MTO",
            ["providerType"] = "MoneyTransferOperator", ["sendingCurrency"] = "RUB", ["receivingCurrency"] = "TJS", ["amount200"] = 16000m, ["fee200"] = 0m,
            ["rate200"] = 0.14m, ["amount500"] = 12000m, ["fee500"] = 0m, ["rate500"] = 0.14m, ["interbankRate"] = 0.1428m, ["speed"] = "SameDay",
            ["accessPoint"] = "Agent", ["transparent"] = true,
        };
        var bad = await analyst.PostAsJsonAsync("/api/v1/remittances/prices", price);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["amount500"], (await bad.JsonAsync()).ErrorFields());

        price["amount500"] = 40000m;
        var created = await analyst.PostAsJsonAsync("/api/v1/remittances/prices", price);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        // (0.1428 − 0.14) / 0.1428 = 1.96 %, no fee.
        Assert.Equal((1.96m, 1.96m, true), (body.GetProperty("fxMargin200").GetDecimal(), body.GetProperty("totalCost200").GetDecimal(), body.GetProperty("qualifiesForSmart").GetBoolean()));
    }

    [DatabaseTheory]
    public async Task Only_analysts_and_admins_see_the_catalogue_and_the_indicator_and_only_they_change_prices(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/remittances")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/remittances/corridors")).StatusCode);
        foreach (var path in new[] { "/remittances/catalogue", "/remittances/catalogue/add", "/remittances/catalogue/import", "/statistics/recruitment-costs" })
            Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(path)).StatusCode);
        foreach (var path in new[] { "/api/v1/remittances/catalogue", "/api/v1/statistics/recruitment-costs" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/remittances/import", Csv(Line("2019_4Q", "X", 1m, 16m)))).StatusCode);

        var services = await CountAsync(app);
        foreach (var role in new[] { "worker", "employer", "policy-officer", "recruitment-regulator" })
        {
            var browser = await app.BrowserClientAsync(role);
            foreach (var path in new[] { "/remittances/catalogue", "/remittances/catalogue/add", "/remittances/catalogue/import", "/statistics/recruitment-costs" })
            {
                var denied = await browser.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
                Assert.Contains("/account/access-denied", denied.Headers.Location!.OriginalString);
            }
            var api = await app.ApiClientAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/remittances/catalogue")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/statistics/recruitment-costs")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/remittances/import", Csv(Line("2019_4Q", "X", 1m, 16m)))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/remittances/prices", new { period = "2019_4Q" })).StatusCode);
        }
        Assert.Equal(services, await CountAsync(app));

        foreach (var role in new[] { "analyst", "admin" })
        {
            var browser = await app.BrowserClientAsync(role);
            foreach (var path in new[] { "/remittances/catalogue", "/remittances/catalogue/add", "/remittances/catalogue/import", "/statistics/recruitment-costs" })
                Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path)).StatusCode);
        }
        var download = await (await app.BrowserClientAsync("analyst")).GetAsync("/remittances/catalogue?table=remittance-services&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
    }
}
