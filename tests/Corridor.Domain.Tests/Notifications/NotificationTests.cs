using Corridor.Domain.Common;
using Corridor.Domain.Notifications;

namespace Corridor.Domain.Tests.Notifications;

public class NotificationTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    private static Notification New() => new(RecipientKind.Worker, Guid.NewGuid(), "permit.expiry", Guid.NewGuid(), "k:1",
        "Your work permit {0} expires on {1}, in {2} days.", ["P123", "2027-01-01", "30"], Now);

    [Fact]
    public void A_new_notification_is_due_at_once_and_renders_its_english_text()
    {
        var n = New();
        Assert.Equal(Now, n.NextAttemptAt);
        Assert.Null(n.DeliveredAt);
        Assert.Equal("Your work permit P123 expires on 2027-01-01, in 30 days.", n.EnglishText());
        Assert.Equal(["P123", "2027-01-01", "30"], n.Arguments);
    }

    [Fact]
    public void Failures_back_off_and_delivery_happens_once()
    {
        var n = New();
        n.Failed("down", Now);
        Assert.Equal((1, "down", Now.AddMinutes(1)), (n.Attempts, n.LastError, n.NextAttemptAt));
        n.Failed("still down", Now);
        Assert.Equal(Now.AddMinutes(2), n.NextAttemptAt);
        n.Failed("still down", Now);
        Assert.Equal(Now.AddMinutes(4), n.NextAttemptAt);
        n.Delivered(Now.AddMinutes(5));
        Assert.Equal((4, (string?)null, (DateTime?)null, (DateTime?)Now.AddMinutes(5)), (n.Attempts, n.LastError, n.NextAttemptAt, n.DeliveredAt));
        Assert.Throws<DomainException>(() => n.Delivered(Now));
        Assert.Throws<DomainException>(() => n.Failed("x", Now));
    }

    [Fact]
    public void After_the_last_attempt_it_is_no_longer_retried_and_the_pause_is_at_most_a_day()
    {
        var n = New();
        for (var i = 0; i < Notification.MaxAttempts; i++) n.Failed("down", Now);
        Assert.Null(n.NextAttemptAt);
        Assert.Equal(TimeSpan.FromDays(1), Notification.Backoff(30));
    }

    [Fact]
    public void A_notification_needs_a_recipient_and_a_key() =>
        Assert.Equal("RecipientId", Assert.Throws<DomainException>(() =>
            new Notification(RecipientKind.Employer, Guid.Empty, "t", Guid.NewGuid(), "k", "m", [], Now)).Field);
}
