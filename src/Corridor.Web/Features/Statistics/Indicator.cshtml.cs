using Corridor.Data;
using Corridor.Domain.Statistics;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web.Features.Statistics;

/// <summary>One indicator's page: its definition and reference in full, with the same filters, charts and files.</summary>
[Authorize(Policy = Permissions.StatisticsView)]
public sealed class IndicatorModel(QueryStatistics query, RebuildStatistics rebuild, StatisticsRebuildRunner runner, CurrentUser user, CorridorDbContext db,
    IConfiguration config, TimeProvider clock) : IndexModel(query, rebuild, runner, user, db, config, clock)
{
    public override string? FixedIndicator => Indicators.Find(RouteData.Values["code"] as string)?.Code;

    public override bool IsIndicatorPage => true;
}
