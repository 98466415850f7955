using Corridor.Data.Identity;
using Corridor.Domain.Common;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Data.Tests;

public class SeedingTests
{
    [DatabaseTheory]
    public async Task The_demo_country_has_the_requested_size_and_realistic_workers(TestProvider provider)
    {
        using var app = new TestApp(provider);
        var logins = await app.SeedAsync(new DemoSize(Employers: 50, Workers: 500, Agencies: 20, JobSeekers: 100));
        Assert.Equal(Roles.All.Order(), logins.Select(l => l.Role).Order());

        var counts = await app.WithDbAsync(async db => (
            OrgUnits: await db.OrgUnits.CountAsync(), Employers: await db.Employers.CountAsync(),
            Agencies: await db.RecruitmentAgencies.CountAsync(), Workers: await db.MigrantWorkers.CountAsync(),
            JobSeekers: await db.NationalJobSeekers.CountAsync(), Users: await db.Users.CountAsync()));
        // The demo's approved regularisation applicants join the register as workers too.
        var regularised = await app.WithDbAsync(db => db.RegularisationApplications.Where(a => a.WorkerId != null).Select(a => a.WorkerId!.Value).ToListAsync());
        Assert.NotEmpty(regularised);
        Assert.Equal((ReferenceData.KazakhstanOrgUnits().Count, 50, 20, 500 + regularised.Count, 100, Roles.All.Count()), counts);

        var workers = await app.WithDbAsync(db => db.MigrantWorkers.AsNoTracking().Where(w => !regularised.Contains(w.Id)).ToListAsync());
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var women = workers.Count(w => w.Sex == Sex.Female) / (double)workers.Count;
        Assert.InRange(women, 0.30, 0.50);
        Assert.Equal(["KAZ", "KGZ", "TJK", "UZB"], workers.Select(w => w.Citizenship).Distinct().Order());
        Assert.All(workers, w =>
        {
            Assert.True(ReferenceData.IsIscoCode(w.OccupationCode), w.OccupationCode);
            Assert.True(PublicNumber.IsValid(w.WorkerNumber, 'W'), w.WorkerNumber);
            Assert.Equal(w.Citizenship, w.PassportIssuingCountry);
            Assert.InRange(MigrantWorker.AgeOn(w.DateOfBirth, today), 18, 63); // working age
        });
        Assert.Equal(workers.Count, workers.Select(w => (w.PassportIssuingCountry, w.PassportNumber)).Distinct().Count());
        Assert.Equal(workers.Count, workers.Select(w => w.WorkerNumber).Distinct().Count());
        Assert.Contains(workers, w => w.GivenName.Any(c => c is >= 'А' and <= 'я'));    // Cyrillic …
        Assert.Contains(workers, w => w.GivenName.All(c => char.IsAscii(c)));              // … and Latin

        var employers = await app.WithDbAsync(db => db.Employers.AsNoTracking().ToListAsync());
        Assert.All(employers, e => Assert.True(ReferenceData.IsIsicDivisionOf(e.IsicDivision, e.IsicSection), $"{e.IsicDivision} of {e.IsicSection}"));

        await EveryStatusOfIssue4IsInTheDemoAsync(app, today);

        // Everything went through the audited save path.
        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.Intact, verification.Describe());
        Assert.True(verification.EventsChecked >= 241 + 50 + 20 + 500 + 100 + 13, verification.Describe());
    }

    /// <summary>Issue 4's demo shows every status of each of its parts, so every page has something to show.</summary>
    private static async Task EveryStatusOfIssue4IsInTheDemoAsync(TestApp app, DateOnly today)
    {
        static void Every<T>(IEnumerable<T> seen) where T : struct, Enum =>
            Assert.Equal(Enum.GetValues<T>().Order(), seen.Distinct().Order());

        Every(await app.WithDbAsync(db => db.RecruitmentAgencies.Select(a => a.Status).Distinct().ToListAsync()));
        Assert.True(await app.WithDbAsync(db => db.LicenceApplications.AnyAsync(a => a.Kind == Corridor.Domain.Recruitment.LicenceApplicationKind.Renewal)), "a licence renewal");
        var escrow = await app.WithDbAsync(db => db.EscrowEntries.AsNoTracking().Select(e => new { e.AgencyId, e.Kind, e.Amount }).ToListAsync());
        var required = escrow.Where(e => e.Kind == Corridor.Domain.Recruitment.EscrowEntryKind.Deposit).Max(e => e.Amount);
        Assert.Contains(escrow.GroupBy(e => e.AgencyId), g => g.Sum(e => e.Kind == Corridor.Domain.Recruitment.EscrowEntryKind.ClaimPaid ? -e.Amount : e.Amount) < required);
        Every(await app.WithDbAsync(db => db.ForeignEmployers.Select(e => e.Status).Distinct().ToListAsync()));
        Every(await app.WithDbAsync(db => db.JobOrders.Select(o => o.Status).Distinct().ToListAsync()));
        Every(await app.WithDbAsync(db => db.EmploymentContracts.Select(c => c.Status).Distinct().ToListAsync()));
        Assert.True(await app.WithDbAsync(db => db.EmploymentContracts.AnyAsync(c => c.WorseThanPrevious && c.SubstitutionCaseId != null)), "a substitution flagged");
        Every(await app.WithDbAsync(db => db.ViolationCases.Select(v => v.Status).Distinct().ToListAsync()));
        var kinds = await app.WithDbAsync(db => db.ViolationCases.Select(v => v.Kind).Distinct().ToListAsync());
        Assert.Contains(Corridor.Domain.Recruitment.ViolationKind.FeeOverCap, kinds);
        Assert.Contains(Corridor.Domain.Recruitment.ViolationKind.FeeWhereCapIsZero, kinds);
        Assert.Contains(Corridor.Domain.Recruitment.ViolationKind.ContractSubstitution, kinds);
        Every(await app.WithDbAsync(db => db.OrientationSessions.Select(s => s.Status).Distinct().ToListAsync()));
        Every(await app.WithDbAsync(db => db.OrientationEnrolments.Select(e => e.Status).Distinct().ToListAsync()));
        Every((await app.WithDbAsync(db => db.OrientationCertificates.AsNoTracking().ToListAsync())).Select(c => c.StatusOn(today)));
        var clearances = await app.WithDbAsync(db => db.DeploymentClearances.AsNoTracking().ToListAsync());
        Every(clearances.Select(c => c.StatusOn(today)));
        Assert.Contains(clearances, c => c.FastLane && c.StatusOn(today) == Corridor.Domain.Recruitment.ClearanceStatus.Issued);
        Assert.Contains(clearances, c => c.Status == Corridor.Domain.Recruitment.ClearanceStatus.Refused && c.Unmet.Any());
    }

    [DatabaseTheory]
    public async Task A_seed_that_fails_at_its_last_step_leaves_the_database_empty(TestProvider provider)
    {
        using var app = new TestApp(provider);
        // An account the seeder will also try to create: the very last step fails, after everything else was written.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CorridorUser>>();
            var email = CorridorAppFactory.EmailOf(Roles.Admin);
            Assert.True((await users.CreateAsync(new CorridorUser { UserName = email, Email = email, DisplayName = "Existing" }, "existing-password")).Succeeded);
        }
        var sequence = await app.LastSequenceAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SeedAsync(SharedApps.Small));

        var counts = await app.WithDbAsync(async db => (
            await db.OrgUnits.CountAsync(), await db.Employers.CountAsync(), await db.RecruitmentAgencies.CountAsync(),
            await db.MigrantWorkers.CountAsync(), await db.NationalJobSeekers.CountAsync(), await db.Users.CountAsync()));
        Assert.Equal((0, 0, 0, 0, 0, 1), counts);
        Assert.Equal(sequence, await app.LastSequenceAsync());
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }
}
