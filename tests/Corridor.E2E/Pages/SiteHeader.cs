using Microsoft.Playwright;

namespace Corridor.E2E.Pages;

/// <summary>The header every page shares: skip link, main navigation, language switch, sign-out.</summary>
public sealed class SiteHeader(IPage page)
{
    public ILocator SkipLink => page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
    public ILocator Nav => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
    public ILocator NavLink(string name) => Nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator Language(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
    public ILocator Html => page.Locator("html");

    public async Task SignOutAsync()
    {
        await SignOutButton.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
