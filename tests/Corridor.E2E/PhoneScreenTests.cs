using Corridor.Testing;
using Corridor.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E;

/// <summary>A 375 px phone: no sideways scrolling of the page, and the navigation can be used.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneScreenTests(BrowserFixture browser, SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 740 };

    [BrowserFact]
    public async Task Workers_list_and_register_form_fit_a_phone_and_the_nav_works()
    {
        await using var s = await BrowserSession.OpenAsync(browser, app, o =>
        {
            o.ViewportSize = Phone;
            o.IsMobile = true;
            o.HasTouch = true;
        });
        var page = s.Page;
        var header = new SiteHeader(page);
        var login = new LoginPage(page);
        var list = new WorkersListPage(page);
        var form = new RegisterWorkerPage(page);

        await login.GotoAsync();
        await Layout.ExpectNoHorizontalOverflowAsync(page);
        await login.SignInAsync(LoginPage.EmailOf("admission-officer"));

        var workersLink = header.NavLink("Migrant workers");
        await ExpectWithinScreenAsync(workersLink);
        await ExpectWithinScreenAsync(header.SignOutButton);
        await workersLink.TapAsync();
        await Expect(list.Heading).ToBeVisibleAsync();
        await Expect(list.Rows).ToHaveCountAsync(25);
        await Layout.ExpectNoHorizontalOverflowAsync(page);   // the wide table scrolls inside its own box

        await ExpectWithinScreenAsync(list.RegisterLink);
        await list.RegisterLink.TapAsync();
        await Expect(form.Heading).ToBeVisibleAsync();
        await Layout.ExpectNoHorizontalOverflowAsync(page);
        foreach (var field in new[] { form.GivenName, form.Citizenship, form.Occupation, form.Email })
            await ExpectWithinScreenAsync(field);

        // With every error message shown the form must still fit.
        await form.RegisterButton.TapAsync();
        await Expect(form.ErrorSummary).ToBeVisibleAsync();
        // An empty date gets one message (it used to crash the page with a 500: the age check ran on null).
        await Expect(form.DateOfBirth).ToHaveAccessibleDescriptionAsync("Enter the date of birth.");
        await Expect(form.PassportValidUntil).ToHaveAccessibleDescriptionAsync("Enter the passport expiry date.");
        await Layout.ExpectNoHorizontalOverflowAsync(page);

        await list.GotoAsync();
        await list.Rows.First.GetByRole(AriaRole.Link).TapAsync();
        var details = new WorkerDetailsPage(page);
        await details.ExpectLoadedAsync();
        await Layout.ExpectNoHorizontalOverflowAsync(page);
        await Layout.ExpectOnOneLineAsync(details.HeadingNumber);

        s.AssertNoConsoleErrors();
    }

    /// <summary>Visible and not cut off at either side of the screen.</summary>
    private static async Task ExpectWithinScreenAsync(ILocator element)
    {
        await Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= Phone.Width + 1, $"{element} spans {box.X}..{box.X + box.Width} px");
    }
}
