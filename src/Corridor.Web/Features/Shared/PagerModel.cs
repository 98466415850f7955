using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Corridor.Web.Features.Shared;

/// <summary>Links to neighbouring pages that keep the current filters (plain links, no script).</summary>
public sealed record PagerModel(int Page, int Pages, int Total, HttpRequest Request)
{
    public string Link(int page)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(kv => !kv.Key.Equals("Query.Page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new("Query.Page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + new QueryBuilder(query!).ToQueryString();
    }
}
