using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Testing;
using Corridor.Web.Tests.Support;

namespace Corridor.Web.Tests.Auth;

/// <summary>POST /api/v1/auth/token: OAuth field names, one answer for every bad credential, lockout.</summary>
public sealed class TokenTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string TokenPath = "/api/v1/auth/token";

    [Fact]
    public async Task Issues_a_bearer_token_in_OAuth_field_names()
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync(TokenPath, new { email = CorridorAppFactory.EmailOf("admin"), password = CorridorAppFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(["access_token", "expires_in", "token_type"], body.EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt64());
        Assert.True(body.GetProperty("access_token").GetString()!.Length > 20);

        // The token really opens the API.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/workers")).StatusCode);
    }

    [Fact]
    public async Task Refuses_a_wrong_password_with_401_problem()
    {
        var response = await app.CreateClient().PostAsJsonAsync(TokenPath, new { email = CorridorAppFactory.EmailOf("inspector"), password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.False(problem.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Answers_an_unknown_email_exactly_as_a_wrong_password()
    {
        var client = app.CreateClient();
        var wrongPassword = await client.PostAsJsonAsync(TokenPath, new { email = CorridorAppFactory.EmailOf("case-officer"), password = "wrong" });
        var unknown = await client.PostAsJsonAsync(TokenPath, new { email = "nobody@demo.corridor", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        // No user enumeration: the caller cannot tell an existing account from a missing one. Only the
        // trace id differs between two answers.
        Assert.Equal(WithoutTraceId(await wrongPassword.JsonAsync()), WithoutTraceId(await unknown.JsonAsync()));
        Assert.Equal(wrongPassword.Content.Headers.ContentType, unknown.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Refuses_missing_fields_with_field_errors()
    {
        var response = await app.CreateClient().PostAsJsonAsync(TokenPath, new { email = "", password = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(["email", "password"], problem.ErrorFields());
    }

    [Fact]
    public async Task An_email_without_an_account_locks_like_a_real_one_so_answers_do_not_reveal_accounts()
    {
        var real = await app.AddAccountAsync("inspector");
        var unknown = "nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.org";
        var client = app.CreateClient();
        async Task<List<HttpStatusCode>> FiveFailures(string email)
        {
            var statuses = new List<HttpStatusCode>();
            for (var i = 1; i <= 6; i++)
                statuses.Add((await client.PostAsJsonAsync(TokenPath, new { email, password = $"wrong{i}" })).StatusCode);
            return statuses;
        }
        Assert.Equal(await FiveFailures(real), await FiveFailures(unknown));

        // The sign-in page gives the same lockout message for both.
        async Task<string> PageMessage(string email)
        {
            var browser = app.AnonymousClient(cookies: true);
            var page = await CorridorAppFactory.PostFormAsync(browser, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong" });
            return (await page.Content.ReadAsStringAsync()).Contains("locked", StringComparison.OrdinalIgnoreCase) ? "locked" : "not locked";
        }
        Assert.Equal("locked", await PageMessage(real));
        Assert.Equal("locked", await PageMessage(unknown));
    }

    [Fact]
    public async Task Locks_the_account_after_five_wrong_passwords()
    {
        var email = await app.AddAccountAsync("inspector");
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 5; i++)
            statuses.Add((await client.PostAsJsonAsync(TokenPath, new { email, password = $"wrong{i}" })).StatusCode);
        // The fifth failure itself locks the account (ASP.NET Core Identity reports it at once).
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), (HttpStatusCode)423], statuses);

        var right = await client.PostAsJsonAsync(TokenPath, new { email, password = CorridorAppFactory.Password });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.False((await right.JsonAsync()).TryGetProperty("access_token", out _));

        // The sign-in page honours the same lockout and says so.
        var browser = app.AnonymousClient(cookies: true);
        var page = await CorridorAppFactory.PostFormAsync(browser, "/account/login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = CorridorAppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var summary = (await page.HtmlAsync()).QuerySelector(".error-summary");
        Assert.NotNull(summary);
        Assert.Contains("The account is locked for 15 minutes.", summary.TextContent);
    }

    [Fact]
    public async Task Rate_limits_token_requests_per_client()
    {
        // Its own app: the limit is per client address, and TestServer clients all share one.
        using var limited = new CorridorAppFactory().WithSetting("Auth:TokenRequestsPerMinute", "3");
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsJsonAsync(TokenPath, new { email = "nobody@demo.corridor", password = "x" })).StatusCode);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    private static string WithoutTraceId(JsonElement problem) =>
        string.Join(",", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}"));
}
