using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E.Pages;

/// <summary>/workers: search form, result table and pager.</summary>
public sealed class WorkersListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Migrant workers", Level = 1 });
    public ILocator RegisterLink => page.GetByRole(AriaRole.Link, new() { Name = "Register a migrant worker" });
    public ILocator SearchBox => page.GetByLabel("Name, passport or worker number");
    public ILocator SearchButton => page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true });
    public ILocator Table => page.GetByRole(AriaRole.Table);
    /// <summary>Body rows only (the header row is not a worker).</summary>
    public ILocator Rows => Table.Locator("tbody").GetByRole(AriaRole.Row);
    public ILocator Pager => page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
    public ILocator Empty => page.GetByText("No workers match.");

    /// <summary>The link to a worker as the list names them: "Family, Given".</summary>
    public ILocator WorkerLink(string familyName, string givenName) =>
        Table.GetByRole(AriaRole.Link, new() { Name = $"{familyName}, {givenName}", Exact = true });

    public async Task GotoAsync(string query = "")
    {
        await page.GotoAsync("/workers" + query);
        await Expect(Heading).ToBeVisibleAsync();
    }

    public async Task SearchAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await SearchButton.ClickAsync();
        await Expect(SearchBox).ToHaveValueAsync(text); // the results page keeps the search term
    }

    /// <summary>The worker numbers of the rows on this page (second column).</summary>
    public async Task<IReadOnlyList<string>> WorkerNumbersAsync()
    {
        var numbers = new List<string>();
        foreach (var row in await Rows.AllAsync())
            numbers.Add((await row.GetByRole(AriaRole.Cell).Nth(1).InnerTextAsync()).Trim());
        return numbers;
    }
}
