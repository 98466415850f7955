using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Vacancies;

/// <summary>The whole labour market test on each database: the dates, decimals and JSON of a decision survive both.</summary>
public sealed class LabourMarketTestProviderTests
{
    [DatabaseTheory]
    public async Task Post_advertise_record_and_certify(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync(AppExtensions.Small);
        var employer = await app.NewEmployerAsync();
        var id = await app.PostVacancyAsync(employer, "711", posts: 4, wage: 312_500.50m);
        Assert.Contains(id, (await (await app.AnonymousClient().GetAsync("/api/v1/jobs?pageSize=200")).JsonAsync()).Ids());
        app.Advance(14);
        await app.RecordOutcomeAsync(id, referrals: 3, hires: 1);

        var decision = await app.RequestCertificateAsync(id);

        Assert.Equal("Approved", decision.GetProperty("outcome").GetString());
        var v = await app.VacancyAsync(id);
        Assert.Equal((312_500.50m, 3, VacancyStatus.CertificateIssued), (v.MonthlyWage, v.CertifiedPosts, v.Status));
        Assert.Equal(app.Today().AddMonths(3), v.CertificateValidUntil);
        var stored = (await app.DecisionsAsync(id)).Single();
        Assert.Equal(5, stored.Results.Count);
        Assert.All(stored.Results, r => Assert.True(r.Passed));
        Assert.DoesNotContain(id, (await (await app.AnonymousClient().GetAsync("/api/v1/jobs?pageSize=200")).JsonAsync()).Ids());
        Assert.True(await app.WithDbAsync(db => db.Vacancies.AnyAsync(x => x.CertificateNumber == v.CertificateNumber)));
    }
}
