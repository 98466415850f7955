using System.Net;
using Corridor.Testing;
using Corridor.Web.Tests.Support;

namespace Corridor.Web.Tests.Platform;

/// <summary>
/// Choosing the language. Only the selected culture is checked here (html lang); the Russian texts
/// arrive with the translations, together with their own completeness test.
/// </summary>
public sealed class LocalisationTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static async Task<string?> LangAsync(HttpClient client, string path = "/account/login") =>
        (await client.GetHtmlAsync(path)).DocumentElement.GetAttribute("lang");

    [Fact]
    public async Task Serves_English_by_default()
    {
        Assert.Equal("en", await LangAsync(app.AnonymousClient()));
    }

    [Fact]
    public async Task Culture_link_sets_the_cookie_and_returns_to_the_page()
    {
        var client = app.AnonymousClient(cookies: true);

        var response = await client.GetAsync("/culture?c=ru&returnUrl=/account/login");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture="));
        Assert.Contains("c%3Dru%7Cuic%3Dru", cookie);
        Assert.Equal("ru", await LangAsync(client));

        // And back: the same link with c=en.
        await client.GetAsync("/culture?c=en&returnUrl=/account/login");
        Assert.Equal("en", await LangAsync(client));
    }

    [Fact]
    public async Task Culture_link_does_not_redirect_off_site()
    {
        var response = await app.AnonymousClient().GetAsync("/culture?c=ru&returnUrl=//evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Culture_link_falls_back_to_English_for_an_unsupported_language()
    {
        var client = app.AnonymousClient(cookies: true);
        await client.GetAsync("/culture?c=xx&returnUrl=/account/login");

        Assert.Equal("en", await LangAsync(client));
    }

    [Fact]
    public async Task Accept_Language_ru_selects_Russian()
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9,en;q=0.5");

        Assert.Equal("ru", await LangAsync(client));
    }

    [Fact]
    public async Task Signed_in_pages_follow_the_culture_too()
    {
        var client = await app.BrowserClientAsync("inspector");
        await client.GetAsync("/culture?c=ru&returnUrl=/workers");

        Assert.Equal("ru", await LangAsync(client, "/workers"));
    }
}
