using Corridor.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E.Pages;

/// <summary>/account/login.</summary>
public sealed class LoginPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 });
    public ILocator Email => page.GetByLabel("E-mail");
    public ILocator Password => page.GetByLabel("Password");
    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    public async Task GotoAsync()
    {
        await page.GotoAsync("/account/login");
        await Expect(Heading).ToBeVisibleAsync();
    }

    /// <summary>Signs in through the form and waits until the app has let us in.</summary>
    public async Task SignInAsync(string email, string password = CorridorAppFactory.Password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
        await Expect(new SiteHeader(page).SignOutButton).ToBeVisibleAsync();
    }

    public static string EmailOf(string role) => CorridorAppFactory.EmailOf(role);
}
