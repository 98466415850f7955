using System.Net;
using System.Text.RegularExpressions;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Pages;

/// <summary>The worker pages as a browser without JavaScript uses them: forms, errors, paging, search.</summary>
public sealed class WorkerPagesTests(SeededApp app) : IClassFixture<SeededApp>
{
    private Dictionary<string, string> RegisterForm() => new()
    {
        ["Input.GivenName"] = "Дильноза",
        ["Input.FamilyName"] = "Рахимова",
        ["Input.Sex"] = "Female",
        ["Input.DateOfBirth"] = AppExtensions.Iso(app.Today().AddYears(-28)),
        ["Input.Citizenship"] = "TJK",
        ["Input.PassportNumber"] = AppExtensions.NewPassport(),
        ["Input.PassportIssuingCountry"] = "TJK",
        ["Input.PassportExpiry"] = AppExtensions.Iso(app.Today().AddYears(4)),
        ["Input.OccupationCode"] = "532",
        ["Input.Direction"] = "Inbound",
        ["Input.DestinationCountry"] = "",
        ["Input.PreferredLanguage"] = "tg",
        ["Input.Phone"] = "+992 93 555 44 33",
        ["Input.Email"] = "dilnoza@example.org",
    };

    [Fact]
    public async Task Register_page_registers_a_worker_and_shows_the_record()
    {
        var browser = await app.BrowserClientAsync("admission-officer");
        var form = RegisterForm();

        var response = await CorridorAppFactory.PostFormAsync(browser, "/workers/register", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(new Regex("^/workers/[0-9a-f-]{36}$"), location);
        var page = await browser.GetHtmlAsync(location);
        Assert.Equal("Дильноза Рахимова", Regex.Replace(page.QuerySelector("h1")!.ChildNodes[0].TextContent, @"\s+", " ").Trim());
        Assert.Contains(form["Input.PassportNumber"], page.QuerySelector("dl.record")!.TextContent);
    }

    [Fact]
    public async Task Register_page_shows_the_error_next_to_the_field_and_keeps_every_typed_value()
    {
        var browser = await app.BrowserClientAsync("admission-officer");
        var form = RegisterForm();
        form["Input.PassportExpiry"] = AppExtensions.Iso(app.Today().AddDays(-3));
        var typed = new Dictionary<string, string>(form);
        var before = await app.CountsAsync();

        var response = await CorridorAppFactory.PostFormAsync(browser, "/workers/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await app.CountsAsync());
        var page = await response.HtmlAsync();
        var invalid = page.QuerySelectorAll(".field.invalid").ToList();
        var field = Assert.Single(invalid);
        var input = field.QuerySelector("input[name='Input.PassportExpiry']");
        Assert.NotNull(input);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var error = field.QuerySelector("p.error")!;
        Assert.Equal("The passport has expired.", error.TextContent.Trim());
        Assert.Contains(error.Id!, input.GetAttribute("aria-describedby")!.Split(' '));
        // The summary links each problem to its field, for keyboard and screen-reader users.
        var link = Assert.Single(page.QuerySelectorAll(".error-summary li a"));
        Assert.Equal("#" + input.Id, link.GetAttribute("href"));
        Assert.Equal("The passport has expired.", link.TextContent.Trim());

        foreach (var (name, value) in typed)
        {
            var control = page.QuerySelector($"[name='{name}']");
            Assert.True(control is not null, $"{name} is on the form");
            var shown = control.LocalName == "select"
                ? control.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : control.GetAttribute("value") ?? "";
            Assert.True(value == shown, $"{name}: typed '{value}', shown '{shown}'");
        }
    }

    [Fact]
    public async Task Refuses_a_form_post_without_the_anti_forgery_token()
    {
        var browser = await app.BrowserClientAsync("admission-officer");
        var before = await app.CountsAsync();

        var response = await browser.PostAsync("/workers/register", new FormUrlEncodedContent(RegisterForm()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Lists_the_second_page_of_ten_with_a_pager()
    {
        var expected = await app.WithDbAsync(db => db.MigrantWorkers.OrderBy(w => w.FamilyName).ThenBy(w => w.GivenName).ThenBy(w => w.Id)
            .Select(w => w.Id).ToListAsync());
        var browser = await app.BrowserClientAsync("admission-officer");

        var page = await browser.GetHtmlAsync("/workers?Query.Page=2&Query.PageSize=10");

        var shown = page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(expected.Skip(10).Take(10).Select(id => $"/workers/{id}"), shown);
        var pager = page.QuerySelector("nav.pager")!;
        var pages = (expected.Count + 9) / 10;
        Assert.Contains($"Page 2 of {pages} · {expected.Count} records", pager.TextContent);
        var previous = pager.QuerySelector("a[rel=prev]")!.GetAttribute("href")!;
        var next = pager.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("Query.Page=1", previous);
        Assert.Contains("Query.Page=3", next);
        Assert.Contains("Query.PageSize=10", next); // the pager keeps the other query values
    }

    [Fact]
    public async Task Finds_a_worker_by_part_of_a_Cyrillic_name_in_any_letter_case()
    {
        var workers = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().ToListAsync());
        var target = workers.First(w => Regex.IsMatch(w.FamilyName, "^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{4,}"));
        var part = target.FamilyName.Substring(1, 4); // lower-case letters from the middle
        var term = part.ToUpperInvariant() == part ? part : part.ToUpperInvariant()[..1] + part[1..];
        var matching = workers.Where(w => $"{w.GivenName} {w.FamilyName}".Contains(part, StringComparison.OrdinalIgnoreCase))
            .Select(w => $"/workers/{w.Id}").Order().ToList();
        var browser = await app.BrowserClientAsync("admission-officer");

        var page = await browser.GetHtmlAsync($"/workers?Query.Q={Uri.EscapeDataString(term)}&Query.PageSize=200");

        var shown = page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.GetAttribute("href")!).Order().ToList();
        Assert.Contains($"/workers/{target.Id}", shown);
        Assert.Equal(matching, shown);
        Assert.True(shown.Count < workers.Count, "the search narrows the list");
    }
}
