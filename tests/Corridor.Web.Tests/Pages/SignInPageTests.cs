using System.Net;
using Corridor.Testing;
using Corridor.Web.Tests.Support;

namespace Corridor.Web.Tests.Pages;

/// <summary>The sign-in page, the redirect to it, and signing out.</summary>
public sealed class SignInPageTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Sends_an_anonymous_visitor_of_workers_to_sign_in_with_a_return_url()
    {
        var response = await app.AnonymousClient().GetAsync("/workers?Query.Page=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/login?ReturnUrl=", location.Replace("http://localhost", ""));
        Assert.Contains("ReturnUrl=%2Fworkers%3FQuery.Page%3D2", location);
    }

    [Fact]
    public async Task Shows_one_generic_error_for_a_wrong_password_and_keeps_the_email()
    {
        var client = app.AnonymousClient(cookies: true);
        var email = CorridorAppFactory.EmailOf("fund-officer");

        var response = await CorridorAppFactory.PostFormAsync(client, "/account/login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "not-the-password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("corridor.auth="));
        var page = await response.HtmlAsync();
        var errors = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["The e-mail or password is not correct."], errors);
        Assert.Empty(page.QuerySelectorAll(".field.invalid")); // no hint about which of the two was wrong
        Assert.Equal(email, page.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("input[name='Input.Password']")!.GetAttribute("value")));
    }

    [Fact]
    public async Task Shows_the_same_error_for_an_unknown_email()
    {
        var client = app.AnonymousClient(cookies: true);
        var response = await CorridorAppFactory.PostFormAsync(client, "/account/login", new()
        {
            ["Input.Email"] = "nobody@demo.corridor",
            ["Input.Password"] = "not-the-password",
        });

        var errors = (await response.HtmlAsync()).QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["The e-mail or password is not correct."], errors);
    }

    [Fact]
    public async Task Signs_in_and_returns_to_the_page_asked_for()
    {
        var client = app.AnonymousClient(cookies: true);
        var response = await CorridorAppFactory.PostFormAsync(client, "/account/login?ReturnUrl=%2Fworkers", new()
        {
            ["Input.Email"] = CorridorAppFactory.EmailOf("inspector"),
            ["Input.Password"] = CorridorAppFactory.Password,
            ["ReturnUrl"] = "/workers",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/workers", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workers")).StatusCode);
    }

    [Fact]
    public async Task Does_not_redirect_off_site_after_sign_in()
    {
        var client = app.AnonymousClient(cookies: true);
        var response = await CorridorAppFactory.PostFormAsync(client, "/account/login", new()
        {
            ["Input.Email"] = CorridorAppFactory.EmailOf("inspector"),
            ["Input.Password"] = CorridorAppFactory.Password,
            ["ReturnUrl"] = "https://evil.example/",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.BrowserClientAsync("case-officer");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workers")).StatusCode);

        // The sign-out button sits in the layout of every page; use the form as the browser would.
        var response = await CorridorAppFactory.PostFormAsync(client, "/account/logout", new(), formPage: "/workers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
        var after = await client.GetAsync("/workers");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login?ReturnUrl=%2Fworkers", after.Headers.Location!.OriginalString);
    }
}
