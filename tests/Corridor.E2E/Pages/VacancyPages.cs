using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corridor.E2E.Pages;

/// <summary>What an employer types into the vacancy form; select values are the option values (codes).</summary>
public sealed record VacancyEntry(string Occupation, string Posts, string MonthlyWage, string WeeklyHours, string District, string StartDate);

/// <summary>/vacancies/post (an employer posts for its own firm, so there is no employer field).</summary>
public sealed class PostVacancyPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Post a vacancy", Level = 1 });
    public ILocator Occupation => page.GetByLabel("Occupation (ISCO-08)");
    public ILocator Posts => page.GetByLabel("Number of posts");
    public ILocator MonthlyWage => page.GetByLabel("Monthly wage (KZT)");
    public ILocator WeeklyHours => page.GetByLabel("Hours a week");
    public ILocator District => page.GetByLabel("District");
    public ILocator StartDate => page.GetByLabel("Start date");
    public ILocator PostButton => page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true });

    public async Task PostAsync(VacancyEntry v)
    {
        await Occupation.SelectOptionAsync(v.Occupation);
        await Posts.FillAsync(v.Posts);
        await MonthlyWage.FillAsync(v.MonthlyWage);
        await WeeklyHours.FillAsync(v.WeeklyHours);
        await District.SelectOptionAsync(v.District);
        await StartDate.FillAsync(v.StartDate);
        await PostButton.ClickAsync();
    }
}

/// <summary>/vacancies/{id}: the vacancy, the outcome of its advertising and its certificate.</summary>
public sealed partial class VacancyDetailsPage(IPage page)
{
    [GeneratedRegex(@"/vacancies/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    public static partial Regex Url();

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator RecordOutcomeLink => page.GetByRole(AriaRole.Link, new() { Name = "Record the outcome", Exact = true });
    public ILocator RequestCertificateLink => page.GetByRole(AriaRole.Link, new() { Name = "Request the certificate", Exact = true });

    /// <summary>The value shown against a term, e.g. Value("Certificate number").</summary>
    public ILocator Value(string term) =>
        page.Locator("dl.record > dt").GetByText(term, new() { Exact = true }).Locator("xpath=following-sibling::dd[1]");

    public async Task<Guid> ExpectLoadedAsync()
    {
        await Expect(page).ToHaveURLAsync(Url());
        return Guid.Parse(Url().Match(page.Url).Groups["id"].Value);
    }
}

/// <summary>/vacancies/{id}/outcome: what came of advertising to nationals.</summary>
public sealed class RecordOutcomePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Record the outcome of the advertising", Level = 1 });
    public ILocator NationalReferrals => page.GetByLabel("Nationals referred");
    public ILocator Interviews => page.GetByLabel("Interviews");
    public ILocator Hires => page.GetByLabel("Nationals hired");
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    public async Task RecordAsync(int referrals, int interviews, int hires)
    {
        await Expect(Heading).ToBeVisibleAsync();
        await NationalReferrals.FillAsync(referrals.ToString());
        await Interviews.FillAsync(interviews.ToString());
        await Hires.FillAsync(hires.ToString());
        await SaveButton.ClickAsync();
    }
}

/// <summary>/vacancies/{id}/certificate: the employer asks for the labour-market-test certificate.</summary>
public sealed class RequestCertificatePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Request the labour-market-test certificate", Level = 1 });
    public ILocator RequestButton => page.GetByRole(AriaRole.Button, new() { Name = "Request the certificate", Exact = true });

    public async Task RequestAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await RequestButton.ClickAsync();
    }
}
