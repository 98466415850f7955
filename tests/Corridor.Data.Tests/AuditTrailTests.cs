using System.Text.Json;
using Corridor.Data.Identity;
using Corridor.Domain.Audit;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Data.Tests;

/// <summary>Every save appends one event per changed record to one hash chain, in the saving transaction.</summary>
public class AuditTrailTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [DatabaseTheory]
    public async Task Create_update_and_delete_each_leave_one_event_with_what_changed(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var before = await app.LastSequenceAsync();
        var previous = (await app.AuditEventsAsync(before - 1)).Single();

        var worker = TestData.NewWorker(TestData.Particulars("Алишер", "Каримов"));
        await app.WithDbAsync(db => { db.MigrantWorkers.Add(worker); return db.SaveChangesAsync(); });
        var created = Assert.Single(await app.AuditEventsAsync(before));
        Assert.Equal(("created", "MigrantWorker", worker.Id.ToString(), "system", (Guid?)null),
            (created.Action, created.EntityType, created.EntityId, created.ActorName, created.ActorId));
        Assert.Equal(before + 1, created.Sequence);
        Assert.Equal(previous.Hash, created.PreviousHash);
        using (var data = JsonDocument.Parse(created.Data))
        {
            Assert.Equal("Алишер", data.RootElement.GetProperty("GivenName").GetString());
            Assert.Equal(worker.PassportNumber, data.RootElement.GetProperty("PassportNumber").GetString());
            Assert.Equal(worker.WorkerNumber, data.RootElement.GetProperty("WorkerNumber").GetString());
            Assert.Equal("1994-02-28", data.RootElement.GetProperty("DateOfBirth").GetString());
            // Bookkeeping and derived columns are not part of what happened.
            foreach (var hidden in new[] { "Version", "CreatedAt", "UpdatedAt", "SearchKey" })
                Assert.False(data.RootElement.TryGetProperty(hidden, out _), hidden);
        }

        await app.WithDbAsync(async db =>
        {
            var w = await db.MigrantWorkers.SingleAsync(x => x.Id == worker.Id);
            w.Update(w.Particulars with { GivenName = "Alisher", OccupationCode = "931" });
            await db.SaveChangesAsync();
        });
        var updated = Assert.Single(await app.AuditEventsAsync(before + 1));
        Assert.Equal(("updated", worker.Id.ToString(), created.Hash), (updated.Action, updated.EntityId, updated.PreviousHash));
        using (var data = JsonDocument.Parse(updated.Data))
        {
            // Exactly the changed fields, each as [old, new].
            Assert.Equal(["GivenName", "OccupationCode"], data.RootElement.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal(["Алишер", "Alisher"], data.RootElement.GetProperty("GivenName").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["711", "931"], data.RootElement.GetProperty("OccupationCode").EnumerateArray().Select(e => e.GetString()));
        }

        // A save that changes nothing leaves nothing; neither does setting a field to the value it has.
        await app.WithDbAsync(async db =>
        {
            var w = await db.MigrantWorkers.SingleAsync(x => x.Id == worker.Id);
            w.Update(w.Particulars);
            await db.SaveChangesAsync();
        });
        Assert.Equal(before + 2, await app.LastSequenceAsync());

        await app.WithDbAsync(async db =>
        {
            db.MigrantWorkers.Remove(await db.MigrantWorkers.SingleAsync(x => x.Id == worker.Id));
            await db.SaveChangesAsync();
        });
        var deleted = Assert.Single(await app.AuditEventsAsync(before + 2));
        Assert.Equal(("deleted", "MigrantWorker", worker.Id.ToString(), updated.Hash),
            (deleted.Action, deleted.EntityType, deleted.EntityId, deleted.PreviousHash));
        Assert.False(await app.WithDbAsync(db => db.MigrantWorkers.AnyAsync(x => x.Id == worker.Id)));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [DatabaseTheory]
    public async Task One_save_of_several_records_appends_consecutive_events(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var before = await app.LastSequenceAsync();
        var workers = Enumerable.Range(0, 3).Select(_ => TestData.NewWorker()).ToList();
        await app.WithDbAsync(db => { db.MigrantWorkers.AddRange(workers); return db.SaveChangesAsync(); });
        var events = await app.AuditEventsAsync(before);
        Assert.Equal([before + 1, before + 2, before + 3], events.Select(e => e.Sequence));
        Assert.Equal(workers.Select(w => w.Id.ToString()).Order(), events.Select(e => e.EntityId).Order());
        Assert.All(events, e => Assert.Equal("created", e.Action));
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        Assert.Single(events.Select(e => e.OccurredAt).Distinct()); // one save, one moment
    }

    [DatabaseTheory]
    public async Task API_changes_name_the_signed_in_account(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync("admin");
        var before = await app.LastSequenceAsync();
        var id = await client.RegisterAsync(TestData.WorkerBody());
        var e = Assert.Single(await app.AuditEventsAsync(before));
        var admin = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == CorridorAppFactory.EmailOf("admin")));
        Assert.Equal(("created", id.ToString(), (Guid?)admin.Id), (e.Action, e.EntityId, e.ActorId));
        Assert.Equal(admin.UserName, e.ActorName);
    }

    [DatabaseTheory]
    public async Task Password_hashes_and_security_stamps_never_reach_the_trail(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var before = await app.LastSequenceAsync();
        var email = $"officer-{Guid.NewGuid():N}@ministry.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CorridorUser>>();
            var user = new CorridorUser { UserName = email, Email = email, DisplayName = "Айгерим Сапарова" };
            Assert.True((await users.CreateAsync(user, "correct horse battery staple")).Succeeded);
            user.DisplayName = "Айгерим Сапарова-Нурлановна";
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            Assert.True((await users.ChangePasswordAsync(user, "correct horse battery staple", "another long passphrase")).Succeeded);
        }
        var events = await app.AuditEventsAsync(before);
        Assert.Contains(events, e => e.Action == "created" && e.EntityType == nameof(CorridorUser) && e.Data.Contains(email));
        Assert.Contains(events, e => e.Action == "updated" && e.EntityType == nameof(CorridorUser) && e.Data.Contains("Айгерим Сапарова-Нурлановна"));
        // A password change is a state change too: recorded as such, never with the hash.
        Assert.Contains(events, e => e.Action == "updated" && e.EntityType == nameof(CorridorUser) && e.Data == """{"PasswordHash":"(changed)"}""");

        // Across the whole trail (the seeded accounts included), no secret of any account appears.
        var secrets = await app.WithDbAsync(db => db.Users.Select(u => new { u.PasswordHash, u.SecurityStamp }).ToListAsync());
        var all = await app.AuditEventsAsync();
        Assert.True(all.Count(e => e.EntityType == nameof(CorridorUser) && e.Action == "created") >= 14); // 13 demo accounts + ours
        Assert.All(all, e =>
        {
            Assert.True(!e.Data.Contains("PasswordHash") || e.Data.Contains("\"PasswordHash\":\"(changed)\""), e.Data);
            Assert.DoesNotContain("SecurityStamp", e.Data);
            Assert.DoesNotContain("ConcurrencyStamp", e.Data);
        });
        foreach (var s in secrets)
        {
            Assert.False(string.IsNullOrEmpty(s.PasswordHash));
            Assert.DoesNotContain(all, e => e.Data.Contains(s.PasswordHash!) || e.Data.Contains(s.SecurityStamp!));
        }
    }

    [DatabaseTheory]
    public async Task A_failed_save_stores_neither_the_row_nor_an_event(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var first = TestData.NewWorker();
        await app.WithDbAsync(db => { db.MigrantWorkers.Add(first); return db.SaveChangesAsync(); });
        var before = await app.LastSequenceAsync();

        var retry = TestData.NewWorker();
        await app.WithDbAsync(async db =>
        {
            // Same passport from the same country: the unique index refuses it inside the saving transaction.
            var duplicate = TestData.NewWorker(first.Particulars with { GivenName = "Двойник" });
            db.MigrantWorkers.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(before, await db.AuditEvents.MaxAsync(e => e.Sequence));
            Assert.False(await db.MigrantWorkers.AnyAsync(w => w.Id == duplicate.Id));

            // The same context recovers: once the bad record is dropped, the next save chains on cleanly.
            db.Entry(duplicate).State = EntityState.Detached;
            db.MigrantWorkers.Add(retry);
            await db.SaveChangesAsync();
        });
        var events = await app.AuditEventsAsync(before);
        var e = Assert.Single(events);
        Assert.Equal((before + 1, retry.Id.ToString()), (e.Sequence, e.EntityId));
        Assert.Equal(1, await app.WithDbAsync(db => db.MigrantWorkers.CountAsync(w => w.PassportNumber == first.PassportNumber)));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [DatabaseTheory]
    public async Task The_stored_chain_is_contiguous_linked_and_verifies(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var events = await app.AuditEventsAsync();
        Assert.True(events.Count > 300, $"only {events.Count} events"); // the seeded country and accounts
        var previousHash = AuditEvent.GenesisHash;
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Equal(i + 1, events[i].Sequence);
            Assert.Equal(previousHash, events[i].PreviousHash);
            Assert.Equal(events[i].ComputeHash(), events[i].Hash);
            Assert.Equal(DateTimeKind.Utc, events[i].OccurredAt.Kind);
            previousHash = events[i].Hash;
        }
        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.Intact, verification.Describe());
        Assert.Equal(events.Count, verification.EventsChecked);
        Assert.Null(verification.FirstBadSequence);
        Assert.Equal($"OK: {events.Count} audit events, hash chain intact.", verification.Describe());
    }
}

/// <summary>Direct edits of the stored trail, as an insider with database access would make them.</summary>
public class AuditTamperingTests
{
    /// <summary>A fresh app (13 role events at start) plus <paramref name="workers"/> saves of one worker each.</summary>
    internal static async Task<CorridorAppFactory> AppWithEventsAsync(TestProvider provider, int workers = 6)
    {
        var app = new CorridorAppFactory(provider);
        for (var i = 0; i < workers; i++)
            await app.WithDbAsync(db => { db.MigrantWorkers.Add(TestData.NewWorker()); return db.SaveChangesAsync(); });
        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.Intact, verification.Describe());
        Assert.True(verification.EventsChecked >= 15, verification.Describe());
        return app;
    }

    [DatabaseTheory]
    public async Task An_edited_event_is_reported_by_its_sequence(TestProvider provider)
    {
        using var app = await AppWithEventsAsync(provider);
        Assert.Equal(1, await app.ExecuteAsync("""UPDATE audit_events SET data = '{"GivenName":"Mallory"}' WHERE sequence = 15"""));
        var v = await app.VerifyAuditAsync();
        Assert.False(v.Intact);
        Assert.Equal(15, v.FirstBadSequence);
        Assert.Equal(14, v.EventsChecked);
        Assert.Contains("edited", v.Problem);
        Assert.StartsWith("TAMPERED: event #15:", v.Describe());
    }

    [DatabaseTheory]
    public async Task An_edit_of_the_actor_or_time_is_reported(TestProvider provider)
    {
        using var app = await AppWithEventsAsync(provider, workers: 3);
        var actor = (await app.AuditEventsAsync(15)).First().ActorName;
        Assert.Equal(1, await app.ExecuteAsync("UPDATE audit_events SET actor_name = 'someone-else' WHERE sequence = 16"));
        Assert.Equal(16, (await app.VerifyAuditAsync()).FirstBadSequence);
        Assert.Equal(1, await app.ExecuteAsync($"UPDATE audit_events SET actor_name = '{actor}' WHERE sequence = 16"));
        Assert.True((await app.VerifyAuditAsync()).Intact); // putting it back restores the chain: the check is exact

        var occurredAt = provider == TestProvider.Postgres ? "occurred_at + interval '1 second'" : "datetime(occurred_at, '+1 second')";
        Assert.Equal(1, await app.ExecuteAsync($"UPDATE audit_events SET occurred_at = {occurredAt} WHERE sequence = 14"));
        Assert.Equal(14, (await app.VerifyAuditAsync()).FirstBadSequence);
    }

    [DatabaseTheory]
    public async Task A_deleted_event_is_reported_as_missing(TestProvider provider)
    {
        using var app = await AppWithEventsAsync(provider);
        Assert.Equal(1, await app.ExecuteAsync("DELETE FROM audit_events WHERE sequence = 16"));
        var v = await app.VerifyAuditAsync();
        Assert.False(v.Intact);
        Assert.Equal(16, v.FirstBadSequence);
        Assert.Equal(15, v.EventsChecked);
        Assert.Contains("missing", v.Problem);
    }

    [DatabaseTheory]
    public async Task Deleting_the_newest_events_and_renumbering_is_caught_by_the_links(TestProvider provider)
    {
        using var app = await AppWithEventsAsync(provider);
        // Hide event 14 by deleting it and shifting the later ones down: sequences look contiguous again.
        await app.ExecuteAsync("DELETE FROM audit_events WHERE sequence = 14");
        for (var s = 15; s <= 19; s++) await app.ExecuteAsync($"UPDATE audit_events SET sequence = {s - 1} WHERE sequence = {s}");
        var v = await app.VerifyAuditAsync();
        Assert.Equal(14, v.FirstBadSequence);
        Assert.Contains("link", v.Problem);
    }

    [DatabaseTheory]
    public async Task An_edited_hash_is_reported(TestProvider provider)
    {
        using var app = await AppWithEventsAsync(provider);
        Assert.Equal(1, await app.ExecuteAsync($"UPDATE audit_events SET hash = '{new string('a', 64)}' WHERE sequence = 17"));
        var v = await app.VerifyAuditAsync();
        Assert.Equal(17, v.FirstBadSequence);
        Assert.Equal(16, v.EventsChecked);
    }

    [DatabaseTheory]
    public async Task Rehashing_an_edited_event_breaks_the_link_of_the_next_one(TestProvider provider)
    {
        using var app = await AppWithEventsAsync(provider);
        var e = (await app.AuditEventsAsync(14)).First();
        Assert.Equal(15, e.Sequence);
        e.Data = """{"GivenName":"Mallory"}""";
        var forged = e.ComputeHash();
        await app.ExecuteAsync($"""UPDATE audit_events SET data = '{e.Data}', hash = '{forged}' WHERE sequence = 15""");
        var v = await app.VerifyAuditAsync();
        Assert.Equal(16, v.FirstBadSequence); // 15 now checks out on its own; its successor still holds the true hash
        Assert.Contains("link", v.Problem);
    }
}
