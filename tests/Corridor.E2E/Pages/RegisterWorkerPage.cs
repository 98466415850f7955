using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E.Pages;

/// <summary>What an officer types into the worker form; select values are the option values (codes).</summary>
public sealed record WorkerEntry(
    string GivenName, string FamilyName, string Sex, string DateOfBirth, string Citizenship,
    string PassportNumber, string PassportIssuedBy, string PassportValidUntil,
    string Occupation, string Direction, string CountryOfWork, string EmployerNumber, string AgencyLicence,
    string Language, string Phone, string Email);

/// <summary>/workers/register.</summary>
public sealed class RegisterWorkerPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Register a migrant worker", Level = 1 });
    public ILocator GivenName => page.GetByLabel("Given name");
    public ILocator FamilyName => page.GetByLabel("Family name");
    public ILocator Sex => page.GetByLabel("Sex");
    public ILocator DateOfBirth => page.GetByLabel("Date of birth");
    public ILocator Citizenship => page.GetByLabel("Citizenship");
    public ILocator PassportNumber => page.GetByLabel("Passport number");
    public ILocator PassportIssuedBy => page.GetByLabel("Passport issued by");
    public ILocator PassportValidUntil => page.GetByLabel("Passport valid until");
    public ILocator Occupation => page.GetByLabel("Occupation (ISCO-08)");
    public ILocator Direction => page.GetByLabel("Direction");
    public ILocator CountryOfWork => page.GetByLabel("Country of work (if abroad)");
    public ILocator EmployerNumber => page.GetByLabel("Employer registration number");
    public ILocator AgencyLicence => page.GetByLabel("Agency licence number");
    public ILocator Language => page.GetByLabel("Language the worker reads");
    public ILocator Phone => page.GetByLabel("Phone");
    public ILocator Email => page.GetByLabel("E-mail");
    public ILocator RegisterButton => page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true });
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);
    public ILocator InvalidFields => page.Locator("[aria-invalid=true]");

    /// <summary>The error message printed under a field (not just anywhere on the page).</summary>
    public static ILocator ErrorUnder(ILocator field) => field.Locator("xpath=..").Locator("p.error");

    public async Task GotoAsync()
    {
        await page.GotoAsync("/workers/register");
        await Expect(Heading).ToBeVisibleAsync();
    }

    private IEnumerable<(ILocator Field, string Value, bool IsSelect)> Fields(WorkerEntry w) =>
    [
        (GivenName, w.GivenName, false), (FamilyName, w.FamilyName, false), (Sex, w.Sex, true),
        (DateOfBirth, w.DateOfBirth, false), (Citizenship, w.Citizenship, true),
        (PassportNumber, w.PassportNumber, false), (PassportIssuedBy, w.PassportIssuedBy, true),
        (PassportValidUntil, w.PassportValidUntil, false), (Occupation, w.Occupation, true),
        (Direction, w.Direction, true), (CountryOfWork, w.CountryOfWork, true),
        (EmployerNumber, w.EmployerNumber, false), (AgencyLicence, w.AgencyLicence, false),
        (Language, w.Language, false), (Phone, w.Phone, false), (Email, w.Email, false),
    ];

    public async Task FillAsync(WorkerEntry worker)
    {
        foreach (var (field, value, isSelect) in Fields(worker))
            if (isSelect) await field.SelectOptionAsync(value);
            else await field.FillAsync(value);
    }

    /// <summary>Every field shows exactly the given entry (what the officer typed is not lost).</summary>
    public async Task ExpectHoldsAsync(WorkerEntry worker)
    {
        foreach (var (field, value, _) in Fields(worker))
            await Expect(field).ToHaveValueAsync(value);
    }

    public Task SubmitAsync() => RegisterButton.ClickAsync();
}
