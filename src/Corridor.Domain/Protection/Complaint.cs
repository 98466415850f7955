using System.Security.Cryptography;
using Corridor.Domain.Common;

namespace Corridor.Domain.Protection;

public enum ComplaintCategory
{
    UnpaidWages = 1,
    LateWages = 2,
    Underpayment = 3,
    DocumentRetention = 4,
    ContractSubstitution = 5,
    ExcessiveHours = 6,
    NoRestDay = 7,
    AbuseOrViolence = 8,
    RecruitmentFees = 9,
    Confinement = 10,
    Threats = 11,
    Discrimination = 12,
}

/// <summary>How the complaint came in: the worker's own portal, an officer on the worker's behalf, or anonymously.</summary>
public enum ComplaintChannel
{
    Portal = 1,
    Officer = 2,
    Anonymous = 3,
}

/// <summary>Who the complaint is against: a registered party (id) or a name as the complainant gave it.</summary>
public sealed record ComplaintParties(Guid? EmployerId, string? EmployerName, Guid? AgencyId, string? AgencyName)
{
    public bool Any => EmployerId is not null || AgencyId is not null
        || !string.IsNullOrWhiteSpace(EmployerName) || !string.IsNullOrWhiteSpace(AgencyName);
}

/// <summary>
/// A complaint as the complainant made it, in their language. The tracking code is shown once and is
/// the only key to the status page: random (60 bits), so it cannot be guessed or enumerated, with a
/// check character so a mistyped code is told apart from an unknown one without a database look-up.
/// The complainant's identity is disclosed to the employer and the agency only with consent.
/// </summary>
public sealed class Complaint : Entity
{
    /// <summary>Crockford base32: no I, L, O, U, so codes read aloud or copied by hand survive.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int CodeLength = 12;

    private Complaint() { }

    public Complaint(string trackingCode, ComplaintChannel channel, string language, IReadOnlyCollection<ComplaintCategory> categories,
        string narrative, ComplaintParties parties, Guid? workerId, string? complainantName, bool consentToDisclose,
        Guid? submittedById, DateTime submittedAt)
    {
        if (!IsWellFormed(trackingCode)) throw new DomainException("Not a valid tracking code.", nameof(TrackingCode));
        if (categories.Count == 0) throw new DomainException("Choose at least one category.", "Categories");
        if (string.IsNullOrWhiteSpace(narrative)) throw new DomainException("Describe what happened.", nameof(Narrative));
        if (narrative.Trim().Length > 4000) throw new DomainException("The description is too long (at most 4000 characters).", nameof(Narrative));
        if (!parties.Any) throw new DomainException("Name the employer or the agency the complaint is against.", "EmployerName");
        if (channel == ComplaintChannel.Anonymous && (workerId is not null || !string.IsNullOrWhiteSpace(complainantName)))
            throw new DomainException("An anonymous complaint carries no identity.", nameof(ComplainantName));
        if (channel == ComplaintChannel.Portal && workerId is null)
            throw new DomainException("A complaint from the worker portal is the worker's own.", nameof(WorkerId));
        TrackingCode = trackingCode;
        Channel = channel;
        Language = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim().ToLowerInvariant();
        Categories = string.Join(',', categories.Distinct().Order());
        Narrative = narrative.Trim();
        EmployerId = parties.EmployerId;
        EmployerName = Clean(parties.EmployerName);
        AgencyId = parties.AgencyId;
        AgencyName = Clean(parties.AgencyName);
        WorkerId = workerId;
        ComplainantName = Clean(complainantName);
        // An anonymous complainant has no identity to disclose; consent is meaningless there.
        ConsentToDisclose = channel != ComplaintChannel.Anonymous && consentToDisclose;
        SubmittedById = submittedById;
        SubmittedAt = submittedAt;
    }

    public string TrackingCode { get; private set; } = "";
    public ComplaintChannel Channel { get; private set; }
    public string Language { get; private set; } = "en";
    /// <summary>Comma-separated category names (several per complaint).</summary>
    public string Categories { get; private set; } = "";
    public string Narrative { get; private set; } = "";
    public Guid? EmployerId { get; private set; }
    public string? EmployerName { get; private set; }
    public Guid? AgencyId { get; private set; }
    public string? AgencyName { get; private set; }
    public Guid? WorkerId { get; private set; }
    /// <summary>The name given by an officer for a complainant not in the register.</summary>
    public string? ComplainantName { get; private set; }
    public bool ConsentToDisclose { get; private set; }
    public Guid? SubmittedById { get; private set; }
    public DateTime SubmittedAt { get; private set; }

    public IReadOnlyList<ComplaintCategory> CategoryList => ParseCategories(Categories);

    public static IReadOnlyList<ComplaintCategory> ParseCategories(string csv) =>
        [.. csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Enum.Parse<ComplaintCategory>(c))];

    public static string NewTrackingCode()
    {
        Span<byte> random = stackalloc byte[CodeLength - 1];
        RandomNumberGenerator.Fill(random);
        Span<char> chars = stackalloc char[CodeLength];
        for (var i = 0; i < CodeLength - 1; i++) chars[i] = Alphabet[random[i] % 32];
        chars[^1] = Alphabet[Check(chars[..^1])];
        return new string(chars);
    }

    /// <summary>Right length, alphabet and check character; says nothing about whether such a complaint exists.</summary>
    public static bool IsWellFormed(string? code)
    {
        if (code is not { Length: CodeLength }) return false;
        foreach (var c in code) if (!Alphabet.Contains(c)) return false;
        return Alphabet[Check(code.AsSpan(0, CodeLength - 1))] == code[^1];
    }

    /// <summary>Weighted sum mod 31 (a prime, so every single substitution and neighbour swap changes it).</summary>
    private static int Check(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++) sum += (i + 1) * Alphabet.IndexOf(body[i]);
        return sum % 31;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
