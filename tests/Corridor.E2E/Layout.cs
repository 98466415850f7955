using Microsoft.Playwright;

namespace Corridor.E2E;

/// <summary>Checks of how a page is laid out, measured in the real browser.</summary>
public static class Layout
{
    /// <summary>The page does not scroll sideways: <c>scrollWidth &lt;= clientWidth + 1</c>.</summary>
    public static async Task ExpectNoHorizontalOverflowAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1] + 1, $"{page.Url} is {widths[0]} px wide on a {widths[1]} px screen");
    }

    /// <summary>The element's text is rendered on one line (e.g. "W-12345678901" is not broken at its hyphen).</summary>
    public static async Task ExpectOnOneLineAsync(ILocator element)
    {
        var lines = await element.EvaluateAsync<int>(
            "e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }");
        Assert.True(lines == 1, $"{element} ('{await element.InnerTextAsync()}') takes {lines} lines");
    }
}
