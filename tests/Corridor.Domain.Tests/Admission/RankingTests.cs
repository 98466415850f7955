using Corridor.Domain.Admission;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Admission;

public class RankingTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);
    private static readonly PolicyRules Rules = PolicyRules.Defaults();
    private static readonly Guid Employer = Guid.NewGuid();

    private static EmployerFlag Flag(EmployerFlagKind kind, DateOnly opened, DateOnly? closed = null)
    {
        var f = new EmployerFlag(Employer, kind, opened, "test");
        if (closed is { } c) f.Close(c);
        return f;
    }

    [Fact]
    public void Bonuses_and_penalties_with_a_breakdown_per_item()
    {
        var flags = new[]
        {
            Flag(EmployerFlagKind.FatalAccident, Day.AddMonths(-3), Day.AddMonths(-2)), // closed but within 24 months
            Flag(EmployerFlagKind.WageArrears, Day.AddMonths(-30)),                      // old but still open
            Flag(EmployerFlagKind.WageArrears, Day.AddMonths(-1)),
            Flag(EmployerFlagKind.Abuse, Day.AddMonths(-30), Day.AddMonths(-25)),        // closed and too old: not counted
            Flag(EmployerFlagKind.Watchlist, Day.AddMonths(-1)),                        // not a ranking flag
            Flag(EmployerFlagKind.FatalAccident, Day.AddDays(1)),                        // after the day
        };

        var score = Ranking.Score(Rules, housing: true, training: false, safety: true, flags, Day);

        Assert.Equal(
            [new PointItem("housing", 1, 20), new PointItem("safety", 1, 3), new PointItem("fatalAccident", 1, -10), new PointItem("wageArrears", 2, -10)],
            score.Items);
        Assert.Equal(3, score.Total);
    }

    [Fact]
    public void Points_come_from_the_policy_set()
    {
        var settings = Rules.Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        var values = settings["RANK-POINTS"].Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        values["housing"] = 7;
        settings["RANK-POINTS"] = settings["RANK-POINTS"] with { Values = values };
        Assert.Equal(7, Ranking.Score(new PolicyRules(settings), true, false, false, [], Day).Total);
    }

    [Fact]
    public void Order_is_points_then_earliest_request_then_id()
    {
        var t = new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);
        QuotaRequest Req(int points, int minute)
        {
            var r = new QuotaRequest(Guid.Empty, Guid.NewGuid(), 5, null, false, false, false, t.AddMinutes(minute));
            r.Score(new RankingScore(points, []));
            return r;
        }
        var low = Req(3, 0);
        var highLate = Req(20, 5);
        var highEarly = Req(20, 1);
        var tieA = Req(8, 2);
        var tieB = Req(8, 2);
        var (first, second) = tieA.Id.CompareTo(tieB.Id) < 0 ? (tieA, tieB) : (tieB, tieA);

        var order = Ranking.Order([low, tieB, highLate, tieA, highEarly]);

        Assert.Equal([highEarly, highLate, first, second, low], order);
        Assert.Equal(order, Ranking.Order(order.Reverse()));
    }
}
