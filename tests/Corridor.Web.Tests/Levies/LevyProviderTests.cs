using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Domain.Admission;
using Corridor.Testing;
using Corridor.Web.Features.Levies;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Levies;

/// <summary>The levy run, the arrears filter, a payment and the levy account on each database (decimals and dates are stored differently).</summary>
public sealed class LevyProviderTests
{
    [DatabaseTheory]
    public async Task Issue_list_pay_and_check_the_account(TestProvider provider)
    {
        using var app = new CorridorAppFactory(provider);
        await app.SeedAsync();
        var seedDay = app.Today();
        var month = new DateOnly(seedDay.Year, seedDay.Month, 1).AddMonths(1);
        app.Clock.Advance(TimeSpan.FromDays(45));
        var fund = await app.ApiClientAsync("fund-officer");

        var issued = await fund.PostAsJsonAsync("/api/v1/levies/statements/issue", new { month = LevyMonth.Format(month) });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.True((await issued.JsonAsync()).GetProperty("issued").GetInt32() > 0);
        var again = await (await fund.PostAsJsonAsync("/api/v1/levies/statements/issue", new { month = LevyMonth.Format(month) })).JsonAsync();
        Assert.Equal(0, again.GetProperty("issued").GetInt32());

        var list = await fund.GetFromJsonAsync<JsonElement>($"/api/v1/levies/statements?month={LevyMonth.Format(month)}&pageSize=200");
        var first = list.GetProperty("items")[0];
        var id = first.GetProperty("id").GetGuid();
        var total = first.GetProperty("total").GetDecimal();
        var statement = await app.WithDbAsync(db => db.LevyStatements.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(statement.Total, total);

        var paid = await fund.PostAsJsonAsync($"/api/v1/levies/statements/{id}/payments",
            new { amount = total - 0.5m, paidOn = AppExtensions.Iso(app.Today()) });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var after = await app.WithDbAsync(db => db.LevyStatements.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal((0.5m, LevyStatementStatus.PartlyPaid), (after.Balance, after.Status));

        // Half a tenge short is still unpaid: in arrears after the grace, and listed as such.
        var afterGrace = statement.DueOn.AddDays(31);
        Assert.False(await app.WithDbAsync(db => LevyAccount.IsCurrentAsync(db, statement.EmployerId, afterGrace, default)));
        app.Clock.SetUtcNow(afterGrace.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
        var arrears = await (await app.ApiClientAsync("fund-officer"))
            .GetFromJsonAsync<JsonElement>($"/api/v1/levies/statements?arrears=true&employerId={statement.EmployerId}&pageSize=200");
        Assert.Contains(arrears.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }
}
