using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Platform;

/// <summary>Health check, API description, security headers and text encoding.</summary>
public sealed class PlatformTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Health_reports_a_reachable_migrated_SQLite_database()
    {
        var response = await app.AnonymousClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        var database = body.GetProperty("database");
        Assert.Equal("sqlite", database.GetProperty("provider").GetString());
        Assert.True(database.GetProperty("reachable").GetBoolean());
        Assert.Equal(0, database.GetProperty("pendingMigrations").GetInt32());
    }

    [Fact]
    public async Task OpenAPI_document_describes_the_worker_and_token_endpoints_and_bearer_security()
    {
        var response = await app.AnonymousClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/workers", paths);
        Assert.Contains("/api/v1/workers/{id}", paths);
        Assert.Contains("/api/v1/auth/token", paths);
        var workers = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/workers");
        Assert.True(workers.TryGetProperty("get", out _) && workers.TryGetProperty("post", out _));
        var bearer = doc.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.Contains(doc.RootElement.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task API_reference_page_is_served()
    {
        var response = await app.AnonymousClient().GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.HtmlAsync();
        Assert.Equal("Corridor API", page.Title);
        Assert.Contains("openapi/v1.json", page.Body!.InnerHtml);
        // The page's own script is served next to it.
        Assert.Equal(HttpStatusCode.OK, (await app.AnonymousClient().GetAsync("/scalar/scalar.js")).StatusCode);
    }

    public static TheoryData<string, bool> HtmlPages => new()
    {
        { "/", false },
        { "/account/login", false },
        { "/account/access-denied", false },
        { "/scalar/v1", false },
        { "/workers", true },
        { "/workers/register", true },
        { "/workers/{worker}", true },
        { "/workers/{worker}/edit", true },
        { "/workers/00000000-0000-0000-0000-000000000000", true }, // a 404 page is HTML too
    };

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Every_HTML_response_carries_the_security_headers(string path, bool signedIn)
    {
        var client = signedIn ? await app.BrowserClientAsync("admission-officer") : app.AnonymousClient();
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.Select(w => w.Id).FirstAsync());

        var response = await client.GetAsync(path.Replace("{worker}", worker.ToString()));

        Assert.True(response.Content.Headers.ContentType?.MediaType is "text/html" || response.StatusCode == HttpStatusCode.NotFound,
            $"{path}: {response.Content.Headers.ContentType}");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        if (!path.StartsWith("/scalar")) Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public async Task HTML_is_UTF8_with_Cyrillic_written_as_text()
    {
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.FirstAsync(w => w.FamilyName.CompareTo("А") >= 0));
        Assert.Matches("[А-Яа-яЁё]", worker.FamilyName);
        var client = await app.BrowserClientAsync("admission-officer");

        var response = await client.GetAsync($"/workers/{worker.Id}");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(worker.FamilyName, html);
        Assert.Contains("Русский", html);
        // Cyrillic is U+0400–U+04FF: none of it may arrive as a numeric character reference.
        Assert.DoesNotMatch(new Regex("&#(x0*4[0-9a-f]{2}|10[2-9][0-9]|11[0-9][0-9]|12[0-7][0-9]);", RegexOptions.IgnoreCase), html);
    }
}
