using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Workers;

/// <summary>PUT /api/v1/workers/{id}: optimistic concurrency and the record's history.</summary>
public sealed class EditWorkerTests(SeededApp app) : IClassFixture<SeededApp>
{
    /// <summary>Registers a fresh worker so each test edits a record nobody else touches.</summary>
    private async Task<(HttpClient Client, Guid Id)> NewWorkerAsync()
    {
        var client = await app.ApiClientAsync("admission-officer");
        var created = await client.PostAsJsonAsync("/api/v1/workers", app.ValidWorker());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (client, (await created.JsonAsync()).GetProperty("id").GetGuid());
    }

    /// <summary>The edit form as a client builds it from GET: the record's fields and its version.</summary>
    private static async Task<JsonObject> EditFormAsync(HttpClient client, Guid id)
    {
        var record = JsonNode.Parse((await client.GetStringAsync($"/api/v1/workers/{id}")))!.AsObject();
        var form = new JsonObject();
        foreach (var field in new[]
                 {
                     "givenName", "familyName", "sex", "dateOfBirth", "citizenship", "passportNumber", "passportIssuingCountry",
                     "passportExpiry", "occupationCode", "direction", "destinationCountry", "preferredLanguage", "phone", "email", "version",
                     "employerRegistrationNumber", "agencyLicenceNumber",
                 })
            form[field] = record[field]?.DeepClone();
        return form;
    }

    [Fact]
    public async Task Saves_an_edit_based_on_the_current_version_and_increments_it()
    {
        var (client, id) = await NewWorkerAsync();
        var form = await EditFormAsync(client, id);
        var version = form["version"]!.GetValue<int>();
        form["familyName"] = "Нурланова-Ким";

        var response = await client.PutAsJsonAsync($"/api/v1/workers/{id}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(id, body.GetProperty("id").GetGuid());
        Assert.Equal(version + 1, body.GetProperty("version").GetInt32());
        var stored = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal("Нурланова-Ким", stored.FamilyName);
        Assert.Equal(version + 1, stored.Version);
    }

    [Fact]
    public async Task Refuses_an_edit_based_on_a_stale_version_with_409_and_keeps_the_stored_data()
    {
        var (client, id) = await NewWorkerAsync();
        var first = await EditFormAsync(client, id);
        var second = await EditFormAsync(client, id); // a second officer opened the same version
        first["familyName"] = "First";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/workers/{id}", first)).StatusCode);
        var saved = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
        var before = await app.CountsAsync();

        second["familyName"] = "Second";
        second["phone"] = "+998 91 000 00 00";
        var response = await client.PutAsJsonAsync($"/api/v1/workers/{id}", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(409, (await response.JsonAsync()).GetProperty("status").GetInt32());
        var after = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal("First", after.FamilyName);
        Assert.Equal(saved.Phone, after.Phone);
        Assert.Equal(saved.Version, after.Version);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Refuses_an_invalid_edit_and_keeps_the_stored_data()
    {
        var (client, id) = await NewWorkerAsync();
        var form = await EditFormAsync(client, id);
        form["familyName"] = "Changed";
        form["occupationCode"] = "9999";
        var before = await app.CountsAsync();

        var response = await client.PutAsJsonAsync($"/api/v1/workers/{id}", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["occupationCode"], (await response.JsonAsync()).ErrorFields());
        Assert.Equal("Нурланова", (await app.WithDbAsync(db => db.MigrantWorkers.SingleAsync(w => w.Id == id))).FamilyName);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Details_page_shows_the_history_of_creation_and_each_changed_field()
    {
        var (client, id) = await NewWorkerAsync();
        var form = await EditFormAsync(client, id);
        form["familyName"] = "Каримова";
        form["occupationCode"] = "512";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/workers/{id}", form)).StatusCode);

        var browser = await app.BrowserClientAsync("admission-officer");
        var page = await browser.GetHtmlAsync($"/workers/{id}");

        var entries = page.QuerySelectorAll(".history > ol > li").ToList();
        Assert.Equal(2, entries.Count); // newest first
        Assert.Contains("updated", entries[0].QuerySelector("p")!.TextContent);
        Assert.Contains("created", entries[1].QuerySelector("p")!.TextContent);
        Assert.Contains(CorridorAppFactory.EmailOf("admission-officer"), entries[0].TextContent);
        var changes = entries[0].QuerySelectorAll(".changes li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.Contains("FamilyName: Нурланова → Каримова", changes);
        Assert.Contains("OccupationCode: 911 → 512", changes);
        Assert.Equal(2, changes.Count); // unchanged fields are not listed
    }

    [Fact]
    public async Task Officer_edit_keeps_the_employer_when_the_form_names_it()
    {
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().FirstAsync(w => w.CurrentEmployerId != null));
        var registration = await app.WithDbAsync(db => db.Employers.Where(e => e.Id == worker.CurrentEmployerId).Select(e => e.RegistrationNumber).SingleAsync());
        var client = await app.ApiClientAsync("admission-officer");
        var form = await EditFormAsync(client, worker.Id);
        form["employerRegistrationNumber"] = registration;
        form["phone"] = "+7 701 555 12 34";

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/workers/{worker.Id}", form)).StatusCode);

        var after = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == worker.Id));
        Assert.Equal(worker.CurrentEmployerId, after.CurrentEmployerId);
        Assert.Equal("+7 701 555 12 34", after.Phone);
    }

    [Fact]
    public async Task Officer_round_trip_of_GET_into_PUT_keeps_the_employer_and_agency()
    {
        // An API client edits by reading the record, changing a field and sending it back; the links to
        // employer and agency must survive that, since the officer's PUT also sets them.
        var worker = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().FirstAsync(w => w.CurrentEmployerId != null && w.AgencyId != null));
        var client = await app.ApiClientAsync("admission-officer");
        var form = await EditFormAsync(client, worker.Id);
        form["phone"] = "+7 702 555 00 11";

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/workers/{worker.Id}", form)).StatusCode);

        var after = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == worker.Id));
        Assert.Equal("+7 702 555 00 11", after.Phone);
        Assert.Equal(worker.CurrentEmployerId, after.CurrentEmployerId);
        Assert.Equal(worker.AgencyId, after.AgencyId);
    }

    [Fact]
    public async Task Edit_page_refuses_a_stale_version_with_a_message_and_keeps_the_stored_data()
    {
        var (client, id) = await NewWorkerAsync();
        var browser = await app.BrowserClientAsync("admission-officer");
        var page = await browser.GetHtmlAsync($"/workers/{id}/edit");
        var fields = page.QuerySelectorAll("form[method=post] input[name^='Input.'], form[method=post] select[name^='Input.']")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName == "select"
                ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : e.GetAttribute("value") ?? "");
        Assert.Equal("1", fields["Input.Version"]);
        Assert.Equal("Айгерим", fields["Input.GivenName"]);

        // Someone saves through the API after the page was opened.
        var form = await EditFormAsync(client, id);
        form["givenName"] = "Saved first";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/workers/{id}", form)).StatusCode);

        fields["Input.GivenName"] = "Saved second";
        var response = await CorridorAppFactory.PostFormAsync(browser, $"/workers/{id}/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await response.HtmlAsync()).QuerySelector(".error-summary");
        Assert.NotNull(summary);
        Assert.Contains("Someone else changed this record", summary.TextContent);
        Assert.Equal("Saved first", (await app.WithDbAsync(db => db.MigrantWorkers.SingleAsync(w => w.Id == id))).GivenName);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
