using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Corridor.Domain.Common;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Workers;

/// <summary>POST /api/v1/workers: each registry rule refuses with its field named, and stores nothing.</summary>
public sealed class RegisterWorkerTests(SeededApp app) : IClassFixture<SeededApp>
{
    /// <summary>Posts <paramref name="form"/> as an admission officer and checks the refusal names exactly <paramref name="field"/>.</summary>
    private async Task AssertRefusedAsync(JsonObject form, string field, CorridorAppFactory? on = null)
    {
        on ??= app;
        var client = await on.ApiClientAsync("admission-officer");
        var before = await on.CountsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/workers", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal([field], problem.ErrorFields());
        Assert.NotEmpty(problem.GetProperty("errors").GetProperty(field)[0].GetString()!);
        Assert.Equal(before, await on.CountsAsync()); // no row, no audit event
    }

    private JsonObject With(string field, JsonNode? value)
    {
        var form = app.ValidWorker();
        form[field] = value;
        return form;
    }

    [Fact]
    public Task Rejects_registration_when_given_name_is_empty() => AssertRefusedAsync(With("givenName", "  "), "givenName");

    [Fact]
    public Task Rejects_registration_when_family_name_is_empty() => AssertRefusedAsync(With("familyName", ""), "familyName");

    [Fact]
    public Task Rejects_registration_when_sex_is_missing() => AssertRefusedAsync(With("sex", null), "sex");

    [Fact]
    public Task Rejects_registration_when_date_of_birth_is_in_the_future() =>
        AssertRefusedAsync(With("dateOfBirth", AppExtensions.Iso(app.Today().AddDays(1))), "dateOfBirth");

    [Fact]
    public Task Rejects_registration_when_worker_is_younger_than_15() =>
        AssertRefusedAsync(With("dateOfBirth", AppExtensions.Iso(app.Today().AddYears(-15).AddDays(1))), "dateOfBirth");

    [Fact]
    public async Task Accepts_a_worker_who_turns_15_today()
    {
        var client = await app.ApiClientAsync("admission-officer");
        var response = await client.PostAsJsonAsync("/api/v1/workers", With("dateOfBirth", AppExtensions.Iso(app.Today().AddYears(-15))));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_16_year_old_when_the_policy_in_force_sets_the_minimum_working_age_to_18()
    {
        using var strict = new CorridorAppFactory();
        await strict.SeedAsync(AppExtensions.Small);
        var form = strict.ValidWorker();
        form["dateOfBirth"] = AppExtensions.Iso(strict.Today().AddYears(-16));
        var client = await strict.ApiClientAsync("admission-officer");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/workers", form)).StatusCode); // REG-MIN-AGE 15

        await strict.ActivatePolicyAsync(("REG-MIN-AGE", "minimumAge", 18));
        var second = strict.ValidWorker();
        second["dateOfBirth"] = form["dateOfBirth"]!.GetValue<string>();
        var refused = await client.PostAsJsonAsync("/api/v1/workers", second);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("18", (await refused.Content.ReadAsStringAsync()));
        await AssertRefusedAsync(second, "dateOfBirth", strict);
    }

    [Fact]
    public Task Rejects_registration_when_citizenship_is_not_a_country() => AssertRefusedAsync(With("citizenship", "XXX"), "citizenship");

    [Theory]
    [InlineData("AB-123456")]
    [InlineData("AB12/3456")]
    [InlineData("АБ1234567")] // Cyrillic letters are not machine-readable passport characters
    public Task Rejects_registration_when_passport_number_has_bad_characters(string passport) =>
        AssertRefusedAsync(With("passportNumber", passport), "passportNumber");

    [Fact]
    public Task Rejects_registration_when_passport_has_expired() =>
        AssertRefusedAsync(With("passportExpiry", AppExtensions.Iso(app.Today().AddDays(-1))), "passportExpiry");

    [Fact]
    public Task Rejects_registration_when_occupation_is_not_in_ISCO_08() => AssertRefusedAsync(With("occupationCode", "9999"), "occupationCode");

    [Fact]
    public Task Rejects_outbound_registration_without_destination_country() =>
        AssertRefusedAsync(With("direction", "Outbound"), "destinationCountry");

    [Fact]
    public Task Rejects_registration_when_email_is_not_an_address() => AssertRefusedAsync(With("email", "aigerim.example.org"), "email");

    [Fact]
    public async Task Rejects_a_passport_already_registered_for_the_same_issuing_country()
    {
        var existing = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().FirstAsync());
        var form = app.ValidWorker(" " + existing.PassportNumber.ToLowerInvariant() + " "); // compared as border systems read it
        form["passportIssuingCountry"] = existing.PassportIssuingCountry;

        await AssertRefusedAsync(form, "passportNumber");
    }

    [Fact]
    public async Task Accepts_the_same_passport_number_from_another_issuing_country()
    {
        var existing = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().FirstAsync(w => w.PassportIssuingCountry != "KOR"));
        var form = app.ValidWorker(existing.PassportNumber);
        form["passportIssuingCountry"] = "KOR";
        var client = await app.ApiClientAsync("admission-officer");

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/workers", form)).StatusCode);
    }

    [Fact]
    public async Task Registers_a_worker_with_Cyrillic_names()
    {
        var client = await app.ApiClientAsync("admission-officer");
        var form = app.ValidWorker();
        var before = await app.CountsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/workers", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/workers/{id}", response.Headers.Location?.OriginalString);
        var after = await app.CountsAsync();
        Assert.Equal(before.Workers + 1, after.Workers);
        Assert.True(after.AuditEvents > before.AuditEvents, "the registration is audited");

        var worker = await (await client.GetAsync(response.Headers.Location)).JsonAsync();
        var number = worker.GetProperty("workerNumber").GetString()!;
        Assert.Matches(new Regex(@"^W-\d{11}$"), number);
        Assert.True(PublicNumber.IsValid(number, 'W'));
        Assert.Equal("Айгерим", worker.GetProperty("givenName").GetString());
        Assert.Equal("Нурланова", worker.GetProperty("familyName").GetString());
        Assert.Equal("Female", worker.GetProperty("sex").GetString());
        Assert.Equal(form["dateOfBirth"]!.GetValue<string>(), worker.GetProperty("dateOfBirth").GetString());
        Assert.Equal("UZB", worker.GetProperty("citizenship").GetString());
        Assert.Equal(form["passportNumber"]!.GetValue<string>(), worker.GetProperty("passportNumber").GetString());
        Assert.Equal(form["passportExpiry"]!.GetValue<string>(), worker.GetProperty("passportExpiry").GetString());
        Assert.Equal("911", worker.GetProperty("occupationCode").GetString());
        Assert.Equal("Inbound", worker.GetProperty("direction").GetString());
        Assert.Equal("uz", worker.GetProperty("preferredLanguage").GetString());
        Assert.Equal("aigerim@example.org", worker.GetProperty("email").GetString());
        Assert.Equal("created", worker.GetProperty("history")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Registers_an_outbound_worker_with_destination_country()
    {
        var client = await app.ApiClientAsync("admission-officer");
        var form = app.ValidWorker();
        form["direction"] = "Outbound";
        form["destinationCountry"] = "kor";

        var response = await client.PostAsJsonAsync("/api/v1/workers", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var worker = await (await client.GetAsync(response.Headers.Location)).JsonAsync();
        Assert.Equal("KOR", worker.GetProperty("destinationCountry").GetString());
    }

    [Fact]
    public async Task Worker_registered_by_an_employer_belongs_to_that_employer()
    {
        var employerId = (await app.AccountAsync("employer")).EmployerId!.Value;
        var client = await app.ApiClientAsync("employer");

        var response = await client.PostAsJsonAsync("/api/v1/workers", app.ValidWorker());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        var stored = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.Equal(employerId, stored.CurrentEmployerId);
        var details = await client.GetAsync($"/api/v1/workers/{id}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Equal(employerId, (await details.JsonAsync()).GetProperty("employerId").GetGuid());
        Assert.Contains(id, (await (await client.GetAsync("/api/v1/workers?pageSize=200")).JsonAsync()).Ids());
    }
}
