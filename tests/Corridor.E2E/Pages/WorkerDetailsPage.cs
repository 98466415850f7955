using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E.Pages;

/// <summary>/workers/{id}: the record and its history.</summary>
public sealed partial class WorkerDetailsPage(IPage page)
{
    [GeneratedRegex(@"/workers/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(#main)?$")] // "#main" stays after the skip link was used
    public static partial Regex Url();

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    /// <summary>The worker number printed beside the name in the heading.</summary>
    public ILocator HeadingNumber => Heading.Locator(".number");
    public ILocator History => page.GetByRole(AriaRole.Region, new() { Name = "History" });
    public ILocator HistoryEntries => History.GetByRole(AriaRole.Listitem);
    public ILocator EditLink => page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true });

    /// <summary>The value shown against a term of the record, e.g. Value("Worker number").</summary>
    public ILocator Value(string term) =>
        page.Locator("dl.record > dt").GetByText(term, new() { Exact = true }).Locator("xpath=following-sibling::dd[1]");

    public async Task ExpectLoadedAsync()
    {
        await Expect(page).ToHaveURLAsync(Url());
        await Expect(History).ToBeVisibleAsync();
    }
}
