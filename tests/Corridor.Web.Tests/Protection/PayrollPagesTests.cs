using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Corridor.Testing;
using Corridor.Web.Tests.Support;

namespace Corridor.Web.Tests.Protection;

/// <summary>The wage-protection pages without JavaScript: upload with errors by line and column, the file's alerts, compliance.</summary>
public sealed class PayrollPagesTests
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/payroll/submit"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "payroll.csv" },
        };
        return await client.PostAsync("/payroll/submit", form);
    }

    [Fact]
    public async Task An_employer_uploads_sees_errors_by_line_then_the_stored_file_and_its_compliance()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var me = await app.AccountAsync("employer");
        var f = await PayrollKit.PrepareAsync(app, workers: 2, existingEmployer: me.EmployerId);
        var client = await app.BrowserClientAsync("employer");

        var bad = await UploadAsync(client, PayrollKit.File(f.Pay(f.Workers[0]), f.Pay(f.Workers[1]) with { Currency = "tenge" }));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var errors = (await bad.HtmlAsync()).QuerySelectorAll("table.payroll-errors tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Take(3).ToArray()).ToList();
        Assert.Equal([["3", "20", "currency"]], errors);

        var good = await UploadAsync(client, PayrollKit.File(f.Pay(f.Workers[0]), f.Pay(f.Workers[1]) with { Deductions = [("document_fee", 2_000m)] }));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var details = await client.GetHtmlAsync(good.Headers.Location!.ToString());
        Assert.Equal(["3"], details.QuerySelectorAll("table.payroll-alerts tbody tr td:first-child").Select(c => c.TextContent.Trim()));
        Assert.Contains("WPS-DEDUCTION-FORBIDDEN", details.QuerySelector("table.payroll-alerts")!.TextContent);

        var list = await client.GetHtmlAsync("/payroll");
        Assert.NotNull(list.QuerySelector($"a[href='{good.Headers.Location}']"));
        var compliance = await client.GetHtmlAsync($"/payroll/compliance?Query.Month={f.Month}");
        Assert.Contains(f.Month, compliance.QuerySelector("h2")!.TextContent);
        Assert.NotNull(compliance.QuerySelector("#verdict"));
    }

    [Fact]
    public async Task Officers_choose_the_employer_and_other_roles_are_refused()
    {
        using var app = new CorridorAppFactory();
        await app.SeedAsync();
        var f = await PayrollKit.PrepareAsync(app, workers: 1);
        var inspector = await app.BrowserClientAsync("inspector");
        var page = await inspector.GetHtmlAsync($"/payroll/compliance?Query.Employer={f.EmployerNumber}&Query.Month={f.Month}");
        Assert.Contains("Payroll Test LLP", page.QuerySelector("h2")!.TextContent);
        Assert.Contains("0 of 1", page.QuerySelector("#verdict")!.TextContent);

        var analyst = await app.BrowserClientAsync("analyst");
        Assert.StartsWith("/account/access-denied", (await analyst.GetAsync("/payroll")).Headers.Location!.AbsolutePath);
        var worker = await app.BrowserClientAsync("worker");
        Assert.StartsWith("/account/access-denied", (await worker.GetAsync("/payroll/submit")).Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("/payroll/payslips")).StatusCode);
    }
}
