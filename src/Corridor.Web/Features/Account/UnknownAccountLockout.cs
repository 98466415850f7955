using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Corridor.Web.Features.Account;

/// <summary>
/// Identity locks real accounts after repeated failures; an e-mail with no account would never "lock", and that
/// difference tells an attacker which e-mails have accounts. This counts failures for unknown e-mails the same way
/// (same limit, same lock time), so both answer alike. In memory: a restart forgets it, as it may.
/// </summary>
public sealed class UnknownAccountLockout(IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? LockedUntil)> _seen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a failed sign-in for an e-mail without an account; true when it now reads as locked out.</summary>
    public bool Failed(string email)
    {
        var options = identity.Value.Lockout;
        var now = clock.GetUtcNow();
        if (_seen.Count > 100_000) _seen.Clear(); // bounded: a flood of random e-mails must not grow memory without end
        var entry = _seen.AddOrUpdate(email.Trim(), _ => (1, null), (_, e) =>
            e.LockedUntil is { } until && until > now ? e
            : e.LockedUntil is not null ? (1, null)
            : (e.Failures + 1, null));
        if (entry.LockedUntil is null && entry.Failures >= options.MaxFailedAccessAttempts)
        {
            entry = (entry.Failures, now + options.DefaultLockoutTimeSpan);
            _seen[email.Trim()] = entry;
        }
        return entry.LockedUntil is { } lockedUntil && lockedUntil > now;
    }
}
