using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Corridor.Testing;
using Corridor.Web.Tests.Support;

namespace Corridor.Web.Tests.Auth;

/// <summary>/api/v1 takes bearer tokens only, and each role only what its permissions allow.</summary>
public sealed class ApiAccessTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Refuses_a_request_without_a_token_with_401_not_a_redirect()
    {
        var response = await app.AnonymousClient().GetAsync("/api/v1/workers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Refuses_a_sign_in_cookie_on_the_API()
    {
        // A browser sends its cookie with any request a foreign page makes it send (CSRF); the API has no
        // anti-forgery token, so it must not accept the cookie at all — only an explicit bearer token.
        var browser = await app.BrowserClientAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/workers")).StatusCode); // the cookie is good for pages

        var api = await browser.GetAsync("/api/v1/workers");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);

        var write = await browser.PostAsJsonAsync("/api/v1/workers", app.ValidWorker());
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Refuses_an_invalid_token(string token)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/workers")).StatusCode);
    }

    [Fact]
    public async Task Refuses_a_token_with_one_character_changed()
    {
        var good = await app.ApiClientAsync("admin");
        var token = good.DefaultRequestHeaders.Authorization!.Parameter!;
        var i = token.Length / 2;
        var garbled = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", garbled);

        Assert.Equal(HttpStatusCode.OK, (await good.GetAsync("/api/v1/workers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/workers")).StatusCode);
    }

    [Theory]
    [InlineData("analyst")]        // aggregates only, no named people
    [InlineData("social-partner")] // no registry access at all
    [InlineData("policy-officer")]
    public async Task Forbids_roles_without_the_worker_registry_to_list_workers(string role)
    {
        var client = await app.ApiClientAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/workers")).StatusCode);
    }

    [Fact]
    public async Task Forbids_a_worker_to_register_workers()
    {
        var client = await app.ApiClientAsync("worker");
        var before = await app.CountsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/workers", app.ValidWorker());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Forbids_a_worker_to_edit_even_their_own_record()
    {
        var client = await app.ApiClientAsync("worker");
        var own = (await app.AccountAsync("worker")).WorkerId!.Value;
        var record = await (await client.GetAsync($"/api/v1/workers/{own}")).JsonAsync();

        var response = await client.PutAsJsonAsync($"/api/v1/workers/{own}", new { version = record.GetProperty("version").GetInt32(), givenName = "Changed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
