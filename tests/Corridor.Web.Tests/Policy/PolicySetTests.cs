using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Corridor.Domain.Policy;
using Corridor.Testing;
using Corridor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Policy;

/// <summary>Submits the forms of the policy pages as a browser would: the form's own action, fields and anti-forgery token.</summary>
internal static class PolicyForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, Func<IHtmlFormElement, bool> pick,
        Dictionary<string, string>? set = null)
    {
        var doc = await client.GetHtmlAsync(page);
        var form = doc.Forms.FirstOrDefault(pick) ?? throw new InvalidOperationException($"No such form on {page}.");
        var fields = new Dictionary<string, string>();
        foreach (var e in form.Elements)
        {
            switch (e)
            {
                case IHtmlInputElement i when i.Name is { Length: > 0 } && i.Type is not ("submit" or "button" or "checkbox" or "radio"):
                    fields[i.Name] = i.Value; break;
                case IHtmlTextAreaElement t when t.Name is { Length: > 0 }:
                    fields[t.Name] = t.Value; break;
                case IHtmlSelectElement s when s.Name is { Length: > 0 }:
                    fields[s.Name] = s.Value ?? ""; break;
            }
        }
        foreach (var (k, v) in set ?? []) fields[k] = v;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static bool Handler(this IHtmlFormElement f, string handler) =>
        f.GetAttribute("action")?.Contains($"handler={handler}", StringComparison.Ordinal) == true;

    public static bool IsEditForm(this IHtmlFormElement f) => f.QuerySelector("input[name='Input.Version']") is not null;

    public static Task<int> AuditCountAsync(this CorridorAppFactory app) => app.WithDbAsync(db => db.AuditEvents.CountAsync());

    public static Task<PolicySet> PolicySetAsync(this CorridorAppFactory app, int number) =>
        app.WithDbAsync(db => db.PolicySets.AsNoTracking().SingleAsync(s => s.Number == number));

    public static async Task<string> TextAsync(this HttpResponseMessage response) => (await response.HtmlAsync()).Body!.TextContent;

    public static string Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";
}

/// <summary>
/// Policy sets through the pages and the read API: who sees what, drafting and changing a version,
/// maker-checker activation. The clock does not move here (the consultation tests move it on their own app).
/// </summary>
public sealed class PolicySetTests(SeededApp app) : IClassFixture<SeededApp>
{
    private async Task<int> DraftAsync(HttpClient officer)
    {
        var response = await officer.SubmitAsync("/policy", f => f.GetAttribute("action") == "/policy/draft");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = System.Text.RegularExpressions.Regex.Match(response.Location(), @"^/policy/(\d+)/edit$");
        Assert.True(match.Success, response.Location());
        return int.Parse(match.Groups[1].Value);
    }

    [Fact]
    public async Task Anyone_reads_the_set_in_force_with_every_catalogue_rule_and_its_citation()
    {
        var response = await app.AnonymousClient().GetAsync("/api/v1/policy/current");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.JsonAsync();
        Assert.Equal(1, set.GetProperty("number").GetInt32());
        Assert.Equal("Active", set.GetProperty("status").GetString());
        Assert.True(set.GetProperty("inForce").GetBoolean());
        var rules = set.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalogue.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, json) in RuleCatalogue.All.Zip(rules))
        {
            Assert.Equal(rule.DefaultCitation, json.GetProperty("citation").GetString());
            Assert.Equal(rule.Parameters.Select(p => (p.Key, p.Default)),
                json.GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("key").GetString()!, v.GetProperty("value").GetDecimal())));
        }
    }

    [Fact]
    public async Task A_set_open_for_comment_is_hidden_from_the_public_but_shown_to_social_partners()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync("/api/v1/policy/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync("/policy/2")).StatusCode);
        var employer = await app.ApiClientAsync("employer");
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync("/api/v1/policy/2")).StatusCode);

        var partner = await app.ApiClientAsync("social-partner");
        var response = await partner.GetAsync("/api/v1/policy/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.JsonAsync();
        Assert.Equal("OpenForComment", set.GetProperty("status").GetString());
        Assert.Equal(93_000m, set.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PERMIT-MIN-WAGE")
            .GetProperty("values")[0].GetProperty("value").GetDecimal());
        Assert.Contains(set.GetProperty("comments").EnumerateArray(), c => c.GetProperty("organisation").GetString()!.Contains("Trade Unions"));
    }

    [Fact]
    public async Task Drafts_are_listed_for_policy_staff_analysts_and_admission_officers_only()
    {
        var number = await DraftAsync(await app.BrowserClientAsync("policy-officer"));

        foreach (var role in new[] { "analyst", "admission-officer", "policy-officer", "admin" })
        {
            var list = await GetJsonAsync(await app.ApiClientAsync(role), "/api/v1/policy");
            Assert.Contains(list.GetProperty("items").EnumerateArray(),
                i => i.GetProperty("number").GetInt32() == number && i.GetProperty("status").GetString() == "Draft");
            Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync(role)).GetAsync($"/api/v1/policy/{number}")).StatusCode);
        }
        foreach (var role in new[] { "social-partner", "inspector" })
        {
            var numbers = Numbers(await GetJsonAsync(await app.ApiClientAsync(role), "/api/v1/policy"));
            Assert.Contains(1, numbers);
            Assert.Contains(2, numbers);
            Assert.DoesNotContain(number, numbers);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiClientAsync(role)).GetAsync($"/api/v1/policy/{number}")).StatusCode);
        }
        var anonymous = await GetJsonAsync(app.AnonymousClient(), "/api/v1/policy");
        Assert.All(anonymous.GetProperty("items").EnumerateArray(), i => Assert.Equal("Active", i.GetProperty("status").GetString()));
        Assert.Contains(1, Numbers(anonymous));
        Assert.Equal(1, anonymous.GetProperty("inForce").GetInt32());

        var page = await (await app.BrowserClientAsync("analyst")).GetHtmlAsync("/policy");
        Assert.NotNull(page.QuerySelector($"a[href='/policy/{number}']"));
        Assert.Null(page.QuerySelector("form[action='/policy/draft']")); // analysts read, they do not draft

        static async Task<JsonElement> GetJsonAsync(HttpClient client, string path) => await (await client.GetAsync(path)).JsonAsync();
        static int[] Numbers(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetInt32())];
    }

    [Fact]
    public async Task A_policy_officer_drafts_and_changes_a_version_and_a_second_officer_activates_it()
    {
        var officer = await app.BrowserClientAsync("policy-officer");
        var officerAccount = await app.AccountAsync("policy-officer");
        var adminAccount = await app.AccountAsync("admin");
        var highest = await app.WithDbAsync(db => db.PolicySets.MaxAsync(s => s.Number));
        var events = await app.AuditCountAsync();

        // Draft: a copy of the set in force, numbered after the highest.
        var number = await DraftAsync(officer);
        Assert.Equal(highest + 1, number);
        var drafted = await app.PolicySetAsync(number);
        Assert.Equal(PolicySetStatus.Draft, drafted.Status);
        Assert.Equal(officerAccount.Id, drafted.DraftedById);
        Assert.Equal((await app.PolicySetAsync(1)).RulesJson, drafted.RulesJson);
        Assert.Equal(events + 1, await app.AuditCountAsync());

        // One value out of range: the form comes back with the error beside that input and nothing is saved.
        const string advertising = "Input.Values[LMT-ADVERTISING.standardDays]";
        var invalid = await officer.SubmitAsync($"/policy/{number}/edit", f => f.IsEditForm(),
            new() { [advertising] = "500", ["Input.Title"] = "Admission policy, longer advertising" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var form = await invalid.HtmlAsync();
        var input = form.QuerySelector($"input[name='{advertising}']")!;
        Assert.Equal("500", input.GetAttribute("value"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var field = input.Closest("div.field")!;
        Assert.Contains("invalid", field.ClassList);
        Assert.Equal("Must be between 1 and 90.", field.QuerySelector("p.error")!.TextContent);
        Assert.Single(form.QuerySelectorAll("p.error")); // only that input is marked
        var unchanged = await app.PolicySetAsync(number);
        Assert.Equal(drafted.RulesJson, unchanged.RulesJson);
        Assert.Equal(drafted.Title, unchanged.Title);
        Assert.Equal(drafted.Version, unchanged.Version);
        Assert.Equal(events + 1, await app.AuditCountAsync());

        // Valid values are saved.
        var effective = app.Today().AddDays(400); // after the demo's version 2, so "in force" stays as seeded
        var saved = await officer.SubmitAsync($"/policy/{number}/edit", f => f.IsEditForm(), new()
        {
            [advertising] = "21",
            ["Input.Title"] = "Admission policy, longer advertising",
            ["Input.EffectiveFrom"] = AppExtensions.Iso(effective),
            ["Input.Citations[LMT-ADVERTISING]"] = "Ministerial order No. 12, para. 4",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/policy/{number}", saved.Location());
        var edited = await app.PolicySetAsync(number);
        Assert.Equal("Admission policy, longer advertising", edited.Title);
        Assert.Equal(effective, edited.EffectiveFrom);
        Assert.Equal(21, edited.Rules.GetInt("LMT-ADVERTISING", "standardDays"));
        Assert.Equal("Ministerial order No. 12, para. 4", edited.Rules.Citation("LMT-ADVERTISING"));
        Assert.Equal(7, edited.Rules.GetInt("LMT-ADVERTISING", "agricultureDays"));
        Assert.Equal(events + 2, await app.AuditCountAsync());

        // Maker-checker: the officer who drafted and changed it cannot activate it.
        var own = await officer.SubmitAsync($"/policy/{number}", f => f.Handler("Activate"));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("A second officer must activate a policy set", await own.TextAsync());
        Assert.Equal(PolicySetStatus.Draft, (await app.PolicySetAsync(number)).Status);
        Assert.Equal(events + 2, await app.AuditCountAsync());

        // A checker acting on a version they did not see is refused.
        var admin = await app.BrowserClientAsync("admin");
        var stale = await admin.SubmitAsync($"/policy/{number}", f => f.Handler("Activate"),
            new() { ["Version"] = (edited.Version - 1).ToString() });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record after you opened it.", await stale.TextAsync());
        Assert.Equal(PolicySetStatus.Draft, (await app.PolicySetAsync(number)).Status);
        Assert.Equal(events + 2, await app.AuditCountAsync());

        // The second officer activates the version they saw.
        var activated = await admin.SubmitAsync($"/policy/{number}", f => f.Handler("Activate"));
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        var active = await app.PolicySetAsync(number);
        Assert.Equal(PolicySetStatus.Active, active.Status);
        Assert.Equal(adminAccount.Id, active.ActivatedById);
        Assert.Equal(edited.RulesJson, active.RulesJson);
        Assert.Equal(events + 4, await app.AuditCountAsync()); // the change of status and the "activated" action

        var history = (await (await app.AnonymousClient().GetAsync($"/api/v1/policy/{number}")).JsonAsync())
            .GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("action").GetString() == "policy.activated"
                                      && h.GetProperty("actor").GetString() == CorridorAppFactory.EmailOf("admin"));
        var page = await (await app.AnonymousClient().GetAsync($"/policy/{number}")).TextAsync();
        Assert.Contains("policy.activated", page);

        // Once active it is no longer offered for change and a change is refused.
        var details = await admin.GetHtmlAsync($"/policy/{number}");
        Assert.DoesNotContain(details.Forms, f => f.Handler("Activate") || f.Handler("Withdraw"));
        var late = await officer.PostAsync($"/policy/{number}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Changed after activation", ["Input.Version"] = active.Version.ToString(),
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal(active.Title, (await app.PolicySetAsync(number)).Title);
        Assert.Equal(events + 4, await app.AuditCountAsync());
    }
}

/// <summary>
/// Tripartite consultation on the demo's version 2 through the pages, then activation and the set in
/// force on either side of its effective date. Moves the clock, so it has an app of its own.
/// </summary>
public sealed class PolicyConsultationTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static bool IsCommentForm(IHtmlFormElement f) => f.QuerySelector("textarea[name='Text']") is not null;

    [Fact]
    public async Task Social_partners_comment_officers_respond_and_the_version_is_activated_after_the_consultation()
    {
        var partner = await app.BrowserClientAsync("social-partner");
        var admin = await app.BrowserClientAsync("admin");
        var seeded = await app.PolicySetAsync(2);
        Assert.Equal(PolicySetStatus.OpenForComment, seeded.Status);
        var events = await app.AuditCountAsync();
        Task<int> CommentsAsync() => app.WithDbAsync(db => db.PolicyComments.CountAsync(c => c.PolicySetId == seeded.Id));
        Assert.Equal(1, await CommentsAsync());

        // A social partner comments.
        const string text = "Employers ask that the 14-day advertising period stay as it is.";
        var commented = await partner.SubmitAsync("/policy/2", IsCommentForm, new() { ["Text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        Assert.Equal(2, await CommentsAsync());
        Assert.Equal(events + 1, await app.AuditCountAsync());

        // An employer account is not a social partner.
        var employer = await app.BrowserClientAsync("employer");
        var refused = await CorridorAppFactory.PostFormAsync(employer, "/policy/2?handler=Comment",
            new() { ["Text"] = "Not allowed" }, formPage: "/policy/1");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Location());
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync(refused.Headers.Location)).StatusCode);
        Assert.Equal(2, await CommentsAsync());
        Assert.Equal(events + 1, await app.AuditCountAsync());

        // No activation while the comment period is open.
        var early = await admin.SubmitAsync("/policy/2", f => f.Handler("Activate"));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("The comment period is still open.", await early.TextAsync());
        Assert.Equal(PolicySetStatus.OpenForComment, (await app.PolicySetAsync(2)).Status);
        Assert.Equal(events + 1, await app.AuditCountAsync());

        // The period ends: no more comments, and no activation while a comment is unanswered.
        app.Clock.Advance(TimeSpan.FromDays(22));
        Assert.True(app.Today() > seeded.CommentsCloseOn);
        // Sign-ins last hours, not weeks: sign in again on the new day.
        partner = await app.BrowserClientAsync("social-partner");
        admin = await app.BrowserClientAsync("admin");
        var officer = await app.BrowserClientAsync("policy-officer");
        var tooLate = await partner.SubmitAsync("/policy/2", IsCommentForm, new() { ["Text"] = "One more thing" });
        Assert.Equal(HttpStatusCode.OK, tooLate.StatusCode);
        Assert.Contains("This policy set is not open for comment.", await tooLate.TextAsync());
        Assert.Equal(2, await CommentsAsync());
        var unanswered = await admin.SubmitAsync("/policy/2", f => f.Handler("Activate"));
        Assert.Equal(HttpStatusCode.OK, unanswered.StatusCode);
        Assert.Contains("Every comment from the social partners needs a response before activation.", await unanswered.TextAsync());
        Assert.Equal(PolicySetStatus.OpenForComment, (await app.PolicySetAsync(2)).Status);
        Assert.Equal(events + 1, await app.AuditCountAsync());

        // The policy officer answers every comment.
        var ids = await app.WithDbAsync(db => db.PolicyComments.Where(c => c.PolicySetId == seeded.Id).Select(c => c.Id).ToListAsync());
        foreach (var id in ids)
        {
            var responded = await officer.SubmitAsync("/policy/2",
                f => f.QuerySelector($"input[name='CommentId'][value='{id}']") is not null,
                new() { ["Reply"] = $"Noted ({id.ToString()[..8]}); see the revised table." });
            Assert.Equal(HttpStatusCode.Redirect, responded.StatusCode);
        }
        Assert.Equal(events + 1 + ids.Count, await app.AuditCountAsync());
        // Answered, the set still needs a second officer: the policy officer changed it last.
        var own = await officer.SubmitAsync("/policy/2", f => f.Handler("Activate"));
        Assert.Contains("A second officer must activate a policy set", await own.TextAsync());

        var activated = await admin.SubmitAsync("/policy/2", f => f.Handler("Activate"));
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(PolicySetStatus.Active, (await app.PolicySetAsync(2)).Status);
        Assert.Equal(events + 1 + ids.Count + 2, await app.AuditCountAsync());

        // The consultation stays with the version that was activated, on the page and in the API.
        var page = await (await app.AnonymousClient().GetAsync("/policy/2")).HtmlAsync();
        var shown = page.QuerySelectorAll("ol.comments > li").ToList();
        Assert.Equal(2, shown.Count);
        Assert.Contains(shown, li => li.QuerySelector("blockquote")!.TextContent == text);
        Assert.All(shown, li => Assert.Contains("see the revised table", li.QuerySelector("p.response")!.TextContent));
        var api = await (await app.AnonymousClient().GetAsync("/api/v1/policy/2")).JsonAsync();
        var comments = api.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(2, comments.Count);
        Assert.Contains(comments, c => c.GetProperty("text").GetString() == text);
        Assert.All(comments, c => Assert.Contains("see the revised table", c.GetProperty("response").GetString()));

        // Version 2 is in force from its date; until then version 1 still is.
        var effective = (await app.PolicySetAsync(2)).EffectiveFrom;
        async Task<int> CurrentAsync() =>
            (await (await app.AnonymousClient().GetAsync("/api/v1/policy/current")).JsonAsync()).GetProperty("number").GetInt32();
        var dayBefore = effective.AddDays(-1).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        if (dayBefore > app.Clock.GetUtcNow().UtcDateTime) app.Clock.SetUtcNow(dayBefore);
        Assert.Equal(1, await CurrentAsync());
        app.Clock.SetUtcNow(effective.ToDateTime(new TimeOnly(0, 0), DateTimeKind.Utc));
        Assert.Equal(2, await CurrentAsync());
        app.Clock.Advance(TimeSpan.FromDays(100));
        Assert.Equal(2, await CurrentAsync());
    }
}
