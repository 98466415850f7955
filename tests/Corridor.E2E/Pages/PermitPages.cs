using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E.Pages;

/// <summary>/permits/apply: an employer applies for a permit for one of its workers against a certified vacancy.</summary>
public sealed class ApplyForPermitPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Apply for a work permit", Level = 1 });
    public ILocator WorkerNumber => page.GetByLabel("Worker number");
    public ILocator Vacancy => page.GetByLabel("Certified vacancy");
    public ILocator MonthlyWage => page.GetByLabel("Offered monthly wage");
    public ILocator WeeklyHours => page.GetByLabel("Normal hours a week");
    public ILocator ApplyButton => page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true });
    /// <summary>The heading of the result shown after applying, e.g. "Application Referred".</summary>
    public ILocator ResultHeading => page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Filter(new() { HasText = "Application" });
    public ILocator QueuedNotice => page.GetByText("The application is in the admission officers' queue.");

    public async Task ApplyAsync(string workerNumber, string certificateNumber, string wage, string hours)
    {
        await Expect(Heading).ToBeVisibleAsync();
        await WorkerNumber.FillAsync(workerNumber);
        // The option reads "certificate · occupation · valid until"; choose it by what the employer sees.
        var option = await Vacancy.Locator("option").Filter(new() { HasText = certificateNumber }).GetAttributeAsync("value");
        await Vacancy.SelectOptionAsync(option!);
        await MonthlyWage.FillAsync(wage);
        await WeeklyHours.FillAsync(hours);
        await ApplyButton.ClickAsync();
    }
}

/// <summary>/permits/queue: applications waiting for an admission officer.</summary>
public sealed class PermitQueuePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Work permit applications to decide", Level = 1 });
    public ILocator Rows => page.GetByRole(AriaRole.Table).Locator("tbody").GetByRole(AriaRole.Row);
    public ILocator RowOf(string workerNumber) => Rows.Filter(new() { HasText = workerNumber });
    /// <summary>The row's link (its submission time) opens the application.</summary>
    public ILocator OpenLink(string workerNumber) => RowOf(workerNumber).GetByRole(AriaRole.Link);
}

/// <summary>/permits/applications/{id}: the application, its automated checks and the officer's decision form.</summary>
public sealed class DecideApplicationPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Work permit application", Level = 1 });
    public ILocator Decision(string action) => page.GetByLabel(action, new() { Exact = true });
    public ILocator Justification => page.GetByLabel("Justification or reasons");
    public ILocator RecordButton => page.GetByRole(AriaRole.Button, new() { Name = "Record the decision", Exact = true });
    public ILocator Value(string term) => page.Locator("dl > dt").GetByText(term, new() { Exact = true }).Locator("xpath=following-sibling::dd[1]");

    public async Task DecideAsync(string action, string? justification = null)
    {
        await Decision(action).CheckAsync();
        if (justification is not null) await Justification.FillAsync(justification);
        await RecordButton.ClickAsync();
    }
}

/// <summary>/permits/{id}: the issued permit.</summary>
public sealed partial class PermitDetailsPage(IPage page)
{
    [GeneratedRegex(@"/permits/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    public static partial Regex Url();

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.Locator("#permit-status");
    public ILocator PrintLink => page.GetByRole(AriaRole.Link, new() { Name = "Printable permit", Exact = true });
}

/// <summary>/permits/{id}/print: the printable permit with the QR code and the link it encodes.</summary>
public sealed class PermitPrintPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Work permit", Level = 1, Exact = true });
    public ILocator Number => page.Locator(".permit-number");
    public ILocator Qr => page.GetByRole(AriaRole.Img, new() { Name = "QR code to check this permit" });
    /// <summary>The printed link under the QR code: its text and its target are the URL the code holds.</summary>
    public ILocator VerifyLink => page.Locator("figcaption").GetByRole(AriaRole.Link);
}

/// <summary>/verify/{code}: the public permit check anyone may open without signing in.</summary>
public sealed class VerifyPermitPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Work permit check", Level = 1 });
    public ILocator Result => page.Locator("#verify-result");
    public ILocator Status => page.Locator("#verify-status");
    public ILocator Initials => page.Locator("#verify-initials");
    public ILocator Value(string term) => page.Locator("dl > dt").GetByText(term, new() { Exact = true }).Locator("xpath=following-sibling::dd[1]");
}
