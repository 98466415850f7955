using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Corridor.Domain.Admission;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>Issue: a lower wage, another occupation or another number of posts restarts the test; other edits don't.</summary>
public sealed class MaterialChangeTests(SeededApp app) : IClassFixture<SeededApp>
{
    /// <summary>A certified vacancy posted 20 days ago: 711, 3 posts, 250,000 KZT.</summary>
    private async Task<(Guid Id, JsonObject Form)> CertifiedAsync()
    {
        var employer = await app.NewEmployerAsync();
        var id = await app.PostVacancyAsync(employer);
        app.Advance(14);
        await app.RecordOutcomeAsync(id, 1, 0);
        Assert.Equal("Approved", (await app.RequestCertificateAsync(id)).GetProperty("outcome").GetString());
        app.Advance(6);
        var form = await app.VacancyFormAsync(employer);
        form["version"] = (await app.VacancyAsync(id)).Version;
        return (id, form);
    }

    private async Task<HttpResponseMessage> PutAsync(Guid id, JsonObject form) =>
        await (await app.ApiClientAsync("admission-officer")).PutAsJsonAsync($"/api/v1/admission/vacancies/{id}", form);

    [Theory]
    [InlineData("monthlyWage", 240_000, true)]   // lowered
    [InlineData("monthlyWage", 260_000, false)]  // raised
    [InlineData("weeklyHours", 44, false)]
    [InlineData("posts", 4, true)]
    [InlineData("occupationCode", "712", true)]
    public async Task Material_changes_restart_the_advertising(string field, object value, bool restarts)
    {
        var (id, form) = await CertifiedAsync();
        var before = await app.VacancyAsync(id);
        form[field] = JsonValue.Create(value);

        var response = await PutAsync(id, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var v = await app.VacancyAsync(id);
        if (restarts)
        {
            Assert.Equal(VacancyStatus.Advertising, v.Status);
            Assert.Equal(app.Today(), v.AdvertisingFrom);
            Assert.Null(v.CertificateNumber);
            Assert.Null(v.CertificateValidUntil);
            var restartedEvents = await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == id.ToString() && e.Action == "vacancy.advertising-restarted"));
            Assert.Equal(1, restartedEvents);
        }
        else
        {
            Assert.Equal(VacancyStatus.CertificateIssued, v.Status);
            Assert.Equal(before.AdvertisingFrom, v.AdvertisingFrom);
            Assert.Equal(before.CertificateNumber, v.CertificateNumber);
        }
    }

    [Fact]
    public async Task A_stale_version_gets_409_and_changes_nothing()
    {
        var (id, form) = await CertifiedAsync();
        form["monthlyWage"] = 260_000;
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(id, form)).StatusCode);
        var saved = await app.VacancyAsync(id);

        form["monthlyWage"] = 100_000; // based on the version before the first save
        var response = await PutAsync(id, form);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var after = await app.VacancyAsync(id);
        Assert.Equal(saved.Version, after.Version);
        Assert.Equal(260_000m, after.MonthlyWage);
        Assert.Equal(VacancyStatus.CertificateIssued, after.Status);
    }
}
