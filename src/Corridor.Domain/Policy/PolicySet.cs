using Corridor.Domain.Common;

namespace Corridor.Domain.Policy;

/// <summary>
/// Draft → (OpenForComment →) Active, or Withdrawn. Only drafts and sets open for comment can change;
/// an active set never changes again, so every decision that cites it can be re-read as it was.
/// </summary>
public enum PolicySetStatus
{
    Draft = 1,
    OpenForComment = 2,
    Active = 3,
    Withdrawn = 4,
}

/// <summary>Who did something to a policy set (an account id and the name shown in the record).</summary>
public sealed record Officer(Guid? Id, string Name);

/// <summary>
/// A numbered version of the country's admission rules with the date it takes effect. A policy officer
/// drafts it, may open it to the social partners for comment (tripartite consultation), and a second
/// officer activates it (maker-checker). The set in force on a day is the active set with the latest
/// effective date on or before that day.
/// </summary>
public sealed class PolicySet : Entity
{
    private PolicySet() { }

    private PolicySet(int number, string title, DateOnly effectiveFrom, PolicyRules rules, Officer drafter)
    {
        Number = number;
        Status = PolicySetStatus.Draft;
        DraftedById = drafter.Id;
        DraftedByName = drafter.Name;
        Change(title, effectiveFrom, rules, drafter);
    }

    /// <summary>The version number people quote ("policy set 3").</summary>
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public PolicySetStatus Status { get; private set; }
    public string RulesJson { get; private set; } = "{}";
    public Guid? DraftedById { get; private set; }
    public string DraftedByName { get; private set; } = "";
    public Guid? LastEditedById { get; private set; }
    public string LastEditedByName { get; private set; } = "";
    /// <summary>The last day social partners may comment, when the set was opened for comment.</summary>
    public DateOnly? CommentsCloseOn { get; private set; }
    public Guid? ActivatedById { get; private set; }
    public string? ActivatedByName { get; private set; }
    public DateTime? ActivatedAt { get; private set; }

    public PolicyRules Rules => PolicyRules.FromJson(RulesJson);
    public bool IsEditable => Status is PolicySetStatus.Draft or PolicySetStatus.OpenForComment;

    public static PolicySet Draft(int number, string title, DateOnly effectiveFrom, PolicyRules rules, Officer drafter)
    {
        if (number < 1) throw new DomainException("Policy set numbers start at 1.", nameof(Number));
        return new PolicySet(number, title, effectiveFrom, rules, drafter);
    }

    public void Edit(string title, DateOnly effectiveFrom, PolicyRules rules, Officer editor)
    {
        if (!IsEditable) throw new DomainException("An active or withdrawn policy set cannot be changed; draft a new version instead.");
        Change(title, effectiveFrom, rules, editor);
    }

    /// <summary>Opens the draft to trade unions and employers' organisations until <paramref name="closeOn"/>.</summary>
    public void OpenForComment(DateOnly closeOn, DateOnly today, Officer officer)
    {
        if (Status != PolicySetStatus.Draft) throw new DomainException("Only a draft can be opened for comment.");
        if (closeOn <= today) throw new DomainException("The comment period must end after today.", nameof(CommentsCloseOn));
        Status = PolicySetStatus.OpenForComment;
        CommentsCloseOn = closeOn;
        LastEditedById = officer.Id;
        LastEditedByName = officer.Name;
    }

    /// <summary>
    /// Puts the set into force from its effective date. The checker must be someone other than the
    /// officers who drafted and last changed it; a consultation must be over and every comment answered;
    /// rules are never made retroactive.
    /// </summary>
    public void Activate(Officer checker, DateOnly today, DateTime now, int unansweredComments)
    {
        if (!IsEditable) throw new DomainException("Only a draft or a set open for comment can be activated.");
        if (checker.Id is null || checker.Id == DraftedById || checker.Id == LastEditedById)
            throw new DomainException("A second officer must activate a policy set: not the one who drafted or last changed it.");
        if (Status == PolicySetStatus.OpenForComment && today <= CommentsCloseOn)
            throw new DomainException("The comment period is still open.", nameof(CommentsCloseOn));
        if (unansweredComments > 0)
            throw new DomainException("Every comment from the social partners needs a response before activation.");
        if (EffectiveFrom < today)
            throw new DomainException("Rules are not made retroactive: set an effective date of today or later.", nameof(EffectiveFrom));
        Status = PolicySetStatus.Active;
        ActivatedById = checker.Id;
        ActivatedByName = checker.Name;
        ActivatedAt = now;
    }

    public void Withdraw(Officer officer)
    {
        if (!IsEditable) throw new DomainException("Only a draft or a set open for comment can be withdrawn.");
        Status = PolicySetStatus.Withdrawn;
        LastEditedById = officer.Id;
        LastEditedByName = officer.Name;
    }

    /// <summary>Whether a social partner may comment today.</summary>
    public bool AcceptsCommentsOn(DateOnly today) => Status == PolicySetStatus.OpenForComment && today <= CommentsCloseOn;

    private void Change(string title, DateOnly effectiveFrom, PolicyRules rules, Officer editor)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Give the policy set a title.", nameof(Title));
        var problems = rules.Problems();
        if (problems.Count > 0)
        {
            var (field, problem) = problems.First();
            throw new DomainException(problem.ToString(), $"Rules.{field}");
        }
        Title = title.Trim();
        EffectiveFrom = effectiveFrom;
        RulesJson = rules.ToJson();
        LastEditedById = editor.Id;
        LastEditedByName = editor.Name;
    }
}

/// <summary>
/// A social partner's comment on a policy set open for consultation, and the policy officer's response;
/// both stay with the version that was activated.
/// </summary>
public sealed class PolicyComment : Entity
{
    private PolicyComment() { }

    public PolicyComment(Guid policySetId, Officer author, string organisation, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Write the comment.", nameof(Text));
        PolicySetId = policySetId;
        AuthorId = author.Id;
        AuthorName = author.Name;
        Organisation = organisation.Trim();
        Text = text.Trim();
    }

    public Guid PolicySetId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Organisation { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? Response { get; private set; }
    public string? RespondedByName { get; private set; }
    public DateTime? RespondedAt { get; private set; }

    public void Respond(string response, Officer officer, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(response)) throw new DomainException("Write the response.", nameof(Response));
        Response = response.Trim();
        RespondedByName = officer.Name;
        RespondedAt = now;
    }
}
