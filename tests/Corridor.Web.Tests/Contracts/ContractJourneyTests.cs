using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Testing;
using Corridor.Web.Tests.Permits;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Contracts;

/// <summary>
/// Issue 4, employment contracts: an agency drafts, the standards check is stored with citations, the regulator returns
/// and approves, the worker signs, and a destination copy worse for the worker opens a substitution case — on both databases.
/// </summary>
public sealed class ContractJourneyTests
{
    [DatabaseTheory]
    public async Task Returned_fixed_approved_signed_then_a_worse_destination_copy_opens_a_case(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        var agency = await app.NewContractAgencyAsync();
        var worker = await app.AgencyWorkerAsync(agency.Agency.Id);
        var regulator = await app.ApiClientAsync("recruitment-regulator");
        var body = ContractKit.Body(worker.WorkerNumber, app.Today());

        // A failing clause: the worker pays the return travel.
        var id = await agency.Client.DraftAsync(body.With("returnTravel", "Worker"));
        var submitted = await agency.Client.SubmitAsync(id);
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        var failing = submitted.Finding("CONTRACT-RETURN-TRAVEL");
        Assert.False(failing.GetProperty("passed").GetBoolean());
        Assert.True(failing.GetProperty("mandatory").GetBoolean());
        Assert.Equal(RuleCatalogue.Find("CONTRACT-RETURN-TRAVEL")!.DefaultCitation, failing.GetProperty("citation").GetString());

        var refused = await regulator.ReviewAsync(id, "Approve");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var noReason = await regulator.ReviewAsync(id, "Return", " ");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Returned", (await (await regulator.ReviewAsync(id, "Return", "The employer pays the return travel.")).AsOk()).GetProperty("status").GetString());

        // Fixed and submitted again: every rule passes, each with its catalogue citation.
        var fixedBody = body.With("version", await agency.Client.VersionAsync(id));
        await agency.Client.PutAsJsonAsync($"/api/v1/contracts/{id}", fixedBody).OkAsync();
        var resubmitted = await agency.Client.SubmitAsync(id);
        foreach (var f in resubmitted.GetProperty("findings").EnumerateArray())
        {
            var ruleId = f.GetProperty("ruleId").GetString()!;
            Assert.True(f.GetProperty("passed").GetBoolean(), ruleId + ": " + f.GetProperty("message").GetString());
            Assert.Equal(RuleCatalogue.Find(ruleId)!.DefaultCitation, f.GetProperty("citation").GetString());
        }
        Assert.Equal("Approved", (await (await regulator.ReviewAsync(id, "Approve")).AsOk()).GetProperty("status").GetString());

        // The worker accepts it on the worker portal.
        var workerEmail = await app.LinkedAccountAsync("worker", u => u.WorkerId = worker.Id);
        var workerClient = await app.TokenClientAsync(workerEmail);
        var signed = await workerClient.PostAsJsonAsync($"/api/v1/contracts/{id}/sign", new { method = "Portal", version = await workerClient.VersionAsync(id) }).OkAsync();
        Assert.Equal("Signed", signed.GetProperty("status").GetString());

        // At destination the wage is lower and a rest day is gone.
        var partner = await app.ApiClientAsync("partner");
        var worse = body.With("wage", 1_900_000).With("restDaysPerWeek", 1).With("weeklyRestHours", 24).With("version", await partner.VersionAsync(id));
        var registered = await partner.PostAsJsonAsync($"/api/v1/contracts/{id}/destination-copy", worse).OkAsync(HttpStatusCode.Created);
        var flagged = registered.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("effect").GetString() == "Worse")
            .Select(c => c.GetProperty("field").GetString()).Order().ToList();
        Assert.Equal(["RestDaysPerWeek", "Wage", "WeeklyRestHours"], flagged);
        var caseId = registered.GetProperty("substitutionCaseId").GetGuid();
        var copyId = registered.GetProperty("id").GetGuid();

        var (stored, original, copy) = await app.WithDbAsync(async db => (
            await db.ViolationCases.AsNoTracking().SingleAsync(v => v.Id == caseId),
            await db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == id),
            await db.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == copyId)));
        Assert.Equal(ViolationKind.ContractSubstitution, stored.Kind);
        Assert.Equal(agency.Agency.Id, stored.AgencyId);
        Assert.Equal(worker.Id, stored.WorkerId);
        Assert.Equal(copyId, stored.SubjectId);
        Assert.Contains("WORSE: Wage: 2,300,000 KRW Monthly → 1,900,000 KRW Monthly", stored.Finding);
        Assert.Contains("WORSE: RestDaysPerWeek: 2 → 1", stored.Finding);
        Assert.Equal(ContractStatus.Registered, original.Status);
        Assert.Equal(ContractKind.DestinationCopy, copy.Kind);
        Assert.True(copy.WorseThanPrevious);
        Assert.Equal(caseId, copy.SubstitutionCaseId);

        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.EntityId == id.ToString() || a.EntityId == copyId.ToString() || a.EntityId == caseId.ToString())
            .Select(a => a.Action).ToListAsync());
        foreach (var action in new[] { "contract.drafted", "contract.submitted", "contract.returned", "contract.changed", "contract.approved", "contract.signed",
                     "contract.registered-at-destination", "violation-case.opened" })
            Assert.Contains(action, actions);

        // The agency sees the case's difference on the copy; the worker sees their contract.
        var view = await agency.Client.GetContractAsync(copyId);
        Assert.True(view.GetProperty("worseThanPrevious").GetBoolean());
        Assert.Equal(stored.Number, view.GetProperty("substitutionCaseNumber").GetString());
        await workerClient.GetContractAsync(copyId);
    }
}

internal static class ResponseExtensions
{
    public static Task<System.Text.Json.JsonElement> AsOk(this HttpResponseMessage response) => Task.FromResult(response).OkAsync();
}
