using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>Moving through a page the way a keyboard user does.</summary>
public static class Keyboard
{
    /// <summary>Presses Tab once and expects focus on <paramref name="target"/>: proves the tab order, not just reachability.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target)
    {
        await page.Keyboard.PressAsync("Tab");
        try
        {
            await Expect(target).ToBeFocusedAsync(new() { Timeout = 2_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Tab did not reach {target}; focus is on {await FocusedAsync(page)}.", e);
        }
    }

    /// <summary>The focused element's opening tag, for failure messages.</summary>
    public static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 200) : 'nothing'; }");

    /// <summary>Presses Tab until <paramref name="target"/> has focus (e.g. past header links the test does not care about).</summary>
    public static async Task TabUntilAsync(this IPage page, ILocator target, int maxPresses = 40)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            // Works with JavaScriptEnabled=false too: Playwright's own evaluation is not page script.
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
        }
        Assert.Fail($"{target} never got focus after {maxPresses} presses of Tab.");
    }
}
