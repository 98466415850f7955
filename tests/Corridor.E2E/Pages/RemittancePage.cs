using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E.Pages;

/// <summary>/remittances: the public comparison of remittance prices.</summary>
public sealed class RemittancePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Send money home: compare prices", Level = 1 });
    public ILocator Corridor => page.GetByLabel("Where do you send money?");
    public ILocator Amount => page.GetByLabel("How much do you pay, fee included?");
    public ILocator CompareButton => page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true });
    public ILocator Rows => page.Locator("#providers tbody tr");

    public ILocator Row(string provider) => page.Locator($"#providers tbody tr[data-provider=\"{provider}\"]");

    public ILocator Received(string provider) => Row(provider).Locator("td.received");

    public async Task OpenFromHeaderAsync()
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Send money home", Exact = true }).ClickAsync();
        await Expect(Heading).ToBeVisibleAsync();
    }

    public async Task CompareAsync(string corridorLabel, string amount)
    {
        await Corridor.SelectOptionAsync(new SelectOptionValue { Label = corridorLabel });
        await Amount.FillAsync(amount);
        await CompareButton.ClickAsync();
        await Expect(Rows.First).ToBeVisibleAsync();
    }
}
