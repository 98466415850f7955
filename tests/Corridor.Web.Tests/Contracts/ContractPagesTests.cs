using System.Net;
using Corridor.Domain.Recruitment;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Contracts;

/// <summary>Issue 4, employment contracts: every page renders for the roles that use it, in Russian too, and refuses the others.</summary>
public sealed class ContractPagesTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Each_role_opens_its_pages_and_others_are_refused()
    {
        var (draft, signed, copy) = await app.WithDbAsync(async db => (
            await db.EmploymentContracts.AsNoTracking().FirstAsync(c => c.Status == ContractStatus.Draft && c.AgencyId != null),
            await db.EmploymentContracts.AsNoTracking().FirstAsync(c => c.Status == ContractStatus.Signed),
            await db.EmploymentContracts.AsNoTracking().FirstAsync(c => c.Kind == ContractKind.DestinationCopy)));

        var agency = await app.BrowserClientAsync("agency");
        foreach (var path in new[] { "/contracts", "/contracts/new", $"/contracts/{draft.Id}", $"/contracts/{draft.Id}/edit", $"/contracts/{signed.Id}/amend",
                     $"/contracts/{draft.Id}/document?lang=ru", "/contracts/wages" })
            Assert.True((await agency.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);

        var partner = await app.BrowserClientAsync("partner");
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/contracts/{signed.Id}/destination-copy")).StatusCode);
        var diff = await partner.GetHtmlAsync($"/contracts/{copy.Id}");
        Assert.NotNull(diff.QuerySelector("#substitution"));
        Assert.Contains("Wage", diff.QuerySelector("#contract-diff")!.TextContent);
        // The record's history comes from the audit trail.
        Assert.NotEmpty((await partner.GetHtmlAsync($"/contracts/{signed.Id}")).QuerySelectorAll(".history li"));

        var regulator = await app.BrowserClientAsync("recruitment-regulator");
        var queue = await regulator.GetHtmlAsync("/contracts?status=Submitted");
        Assert.NotEmpty(queue.QuerySelectorAll("tbody tr"));

        // Russian interface: the list and the diff in Russian.
        var ru = await regulator.GetHtmlAsync($"/contracts/{copy.Id}?culture=ru&ui-culture=ru");
        Assert.Contains("Изменения по сравнению с предыдущей версией", ru.Body!.TextContent);

        // Roles without the permission are sent to access denied; another agency's draft is not found.
        var analyst = await app.BrowserClientAsync("analyst");
        Assert.NotEqual(HttpStatusCode.OK, (await analyst.GetAsync("/contracts")).StatusCode);
        var worker = await app.BrowserClientAsync("worker");
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/contracts/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/contracts/{draft.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await agency.GetAsync($"/contracts/{signed.Id}/destination-copy")).StatusCode);
    }
}
