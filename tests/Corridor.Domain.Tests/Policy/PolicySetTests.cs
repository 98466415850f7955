using Corridor.Domain.Common;
using Corridor.Domain.Policy;

namespace Corridor.Domain.Tests.Policy;

public class PolicySetTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Officer Maker = new(Guid.NewGuid(), "policy-officer@demo.corridor");
    private static readonly Officer Editor = new(Guid.NewGuid(), "policy-officer-2@demo.corridor");
    private static readonly Officer Checker = new(Guid.NewGuid(), "admin@demo.corridor");

    private static PolicySet NewDraft(DateOnly? effectiveFrom = null) =>
        PolicySet.Draft(3, "Admission policy 2027", effectiveFrom ?? Today.AddDays(30), PolicyRules.Defaults(), Maker);

    private static DomainException Refused(Action act) => Assert.Throws<DomainException>(act);

    [Fact]
    public void A_new_draft_records_its_drafter_as_the_last_editor()
    {
        var set = NewDraft();
        Assert.Equal(PolicySetStatus.Draft, set.Status);
        Assert.Equal(Maker.Id, set.DraftedById);
        Assert.Equal(Maker.Id, set.LastEditedById);
        Assert.True(set.IsEditable);
        Assert.Null(set.ActivatedById);
    }

    [Fact]
    public void A_draft_needs_a_number_from_1_a_title_and_valid_rules()
    {
        Refused(() => PolicySet.Draft(0, "T", Today, PolicyRules.Defaults(), Maker));
        Assert.Equal("Title", Refused(() => PolicySet.Draft(1, " ", Today, PolicyRules.Defaults(), Maker)).Field);
        var bad = PolicyRulesTests.WithValue("LMT-ADVERTISING", "standardDays", 500);
        Assert.Equal("Rules.LMT-ADVERTISING.standardDays", Refused(() => PolicySet.Draft(1, "T", Today, bad, Maker)).Field);
    }

    [Fact]
    public void A_draft_and_a_set_open_for_comment_can_be_edited_and_the_editor_is_recorded()
    {
        var set = NewDraft();
        set.Edit("Admission policy 2027, revised", Today.AddDays(40), PolicyRulesTests.WithValue("LMT-ADVERTISING", "standardDays", 21), Editor);
        Assert.Equal("Admission policy 2027, revised", set.Title);
        Assert.Equal(21, set.Rules.GetInt("LMT-ADVERTISING", "standardDays"));
        Assert.Equal(Editor.Id, set.LastEditedById);
        Assert.Equal(Maker.Id, set.DraftedById);

        set.OpenForComment(Today.AddDays(10), Today, Maker);
        set.Edit("After comments", Today.AddDays(40), PolicyRules.Defaults(), Maker);
        Assert.Equal("After comments", set.Title);
    }

    [Fact]
    public void An_edit_with_invalid_rules_changes_nothing()
    {
        var set = NewDraft();
        var json = set.RulesJson;
        var error = Refused(() => set.Edit("New title", Today, PolicyRulesTests.WithValue("PERMIT-MAX-HOURS", "maxWeeklyHours", 80), Editor));
        Assert.Equal("Rules.PERMIT-MAX-HOURS.maxWeeklyHours", error.Field);
        Assert.Equal("Admission policy 2027", set.Title);
        Assert.Equal(json, set.RulesJson);
        Assert.Equal(Maker.Id, set.LastEditedById);
    }

    [Fact]
    public void Opening_for_comment_needs_a_draft_and_a_close_date_after_today()
    {
        var set = NewDraft();
        Assert.Equal("CommentsCloseOn", Refused(() => set.OpenForComment(Today, Today, Maker)).Field);
        Refused(() => set.OpenForComment(Today.AddDays(-1), Today, Maker));
        Assert.Equal(PolicySetStatus.Draft, set.Status);

        set.OpenForComment(Today.AddDays(1), Today, Maker);
        Assert.Equal(PolicySetStatus.OpenForComment, set.Status);
        Assert.Equal(Today.AddDays(1), set.CommentsCloseOn);
        Refused(() => set.OpenForComment(Today.AddDays(5), Today, Maker)); // already open
    }

    [Fact]
    public void Comments_are_accepted_up_to_and_including_the_close_date()
    {
        var set = NewDraft();
        Assert.False(set.AcceptsCommentsOn(Today));
        set.OpenForComment(Today.AddDays(7), Today, Maker);
        Assert.True(set.AcceptsCommentsOn(Today));
        Assert.True(set.AcceptsCommentsOn(Today.AddDays(7)));
        Assert.False(set.AcceptsCommentsOn(Today.AddDays(8)));
    }

    [Fact]
    public void The_drafter_cannot_activate()
    {
        var set = NewDraft();
        Assert.Contains("second officer", Refused(() => set.Activate(Maker, Today, Now, 0)).Message);
        Assert.Equal(PolicySetStatus.Draft, set.Status);
    }

    [Fact]
    public void The_last_editor_cannot_activate_even_if_someone_else_drafted()
    {
        var set = NewDraft();
        set.Edit(set.Title, set.EffectiveFrom, PolicyRules.Defaults(), Editor);
        Assert.Contains("second officer", Refused(() => set.Activate(Editor, Today, Now, 0)).Message);
        Assert.Equal(PolicySetStatus.Draft, set.Status);
    }

    [Fact]
    public void An_officer_without_an_account_id_cannot_activate()
    {
        // A set drafted by the system (no account) must not be activated by another nobody.
        var set = PolicySet.Draft(1, "Seeded", Today, PolicyRules.Defaults(), new Officer(null, "system"));
        Refused(() => set.Activate(new Officer(null, "someone"), Today, Now, 0));
        Refused(() => NewDraft().Activate(new Officer(null, "someone"), Today, Now, 0));
        Assert.Equal(PolicySetStatus.Draft, set.Status);
    }

    [Fact]
    public void Activation_waits_until_the_day_after_the_comment_period()
    {
        var set = NewDraft();
        set.OpenForComment(Today.AddDays(10), Today, Maker);
        Assert.Equal("CommentsCloseOn", Refused(() => set.Activate(Checker, Today, Now, 0)).Field);
        Refused(() => set.Activate(Checker, Today.AddDays(10), Now.AddDays(10), 0)); // the last day is still open
        Assert.Equal(PolicySetStatus.OpenForComment, set.Status);

        set.Activate(Checker, Today.AddDays(11), Now.AddDays(11), 0);
        Assert.Equal(PolicySetStatus.Active, set.Status);
    }

    [Fact]
    public void Activation_waits_for_a_response_to_every_comment()
    {
        var set = NewDraft();
        set.OpenForComment(Today.AddDays(10), Today, Maker);
        Assert.Contains("needs a response", Refused(() => set.Activate(Checker, Today.AddDays(11), Now.AddDays(11), 1)).Message);
        Assert.Equal(PolicySetStatus.OpenForComment, set.Status);
    }

    [Fact]
    public void Rules_are_not_made_retroactive()
    {
        var set = NewDraft(effectiveFrom: Today.AddDays(-1));
        Assert.Equal("EffectiveFrom", Refused(() => set.Activate(Checker, Today, Now, 0)).Field);
        Assert.Equal(PolicySetStatus.Draft, set.Status);

        var fromToday = NewDraft(effectiveFrom: Today);
        fromToday.Activate(Checker, Today, Now, 0);
        Assert.Equal(PolicySetStatus.Active, fromToday.Status);
    }

    [Fact]
    public void Another_officer_activates_and_is_recorded()
    {
        var set = NewDraft();
        set.Activate(Checker, Today, Now, 0);
        Assert.Equal(PolicySetStatus.Active, set.Status);
        Assert.Equal(Checker.Id, set.ActivatedById);
        Assert.Equal(Checker.Name, set.ActivatedByName);
        Assert.Equal(Now, set.ActivatedAt);
        Assert.False(set.IsEditable);
    }

    [Fact]
    public void An_active_set_cannot_be_edited_withdrawn_reopened_or_activated_again()
    {
        var set = NewDraft();
        set.Activate(Checker, Today, Now, 0);
        var json = set.RulesJson;

        Refused(() => set.Edit("Changed", Today.AddDays(60), PolicyRules.Defaults(), Maker));
        Refused(() => set.Withdraw(Maker));
        Refused(() => set.OpenForComment(Today.AddDays(5), Today, Maker));
        Refused(() => set.Activate(new Officer(Guid.NewGuid(), "third"), Today, Now, 0));

        Assert.Equal(PolicySetStatus.Active, set.Status);
        Assert.Equal("Admission policy 2027", set.Title);
        Assert.Equal(json, set.RulesJson);
        Assert.Equal(Checker.Id, set.ActivatedById);
    }

    [Fact]
    public void A_withdrawn_set_is_final()
    {
        var set = NewDraft();
        set.Withdraw(Editor);
        Assert.Equal(PolicySetStatus.Withdrawn, set.Status);
        Refused(() => set.Edit("Again", Today, PolicyRules.Defaults(), Maker));
        Refused(() => set.Activate(Checker, Today, Now, 0));
        Refused(() => set.Withdraw(Editor));
    }

    [Fact]
    public void A_comment_needs_text_and_a_response_needs_text()
    {
        Assert.Equal("Text", Refused(() => new PolicyComment(Guid.NewGuid(), Checker, "Union", "  ")).Field);
        var comment = new PolicyComment(Guid.NewGuid(), Checker, " Union ", " Keep 90 days. ");
        Assert.Equal("Union", comment.Organisation);
        Assert.Equal("Keep 90 days.", comment.Text);
        Assert.Equal("Response", Refused(() => comment.Respond("", Maker, Now)).Field);
        Assert.Null(comment.Response);
        comment.Respond("Agreed.", Maker, Now);
        Assert.Equal("Agreed.", comment.Response);
        Assert.Equal(Maker.Name, comment.RespondedByName);
    }
}
