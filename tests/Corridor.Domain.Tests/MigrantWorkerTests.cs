using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Domain.Tests;

public class MigrantWorkerTests
{
    internal static WorkerParticulars Particulars(string passport = "FA1234567", string issuer = "UZB") => new(
        "Алишер", "Каримов", Sex.Male, new DateOnly(1995, 4, 12), "UZB", passport, issuer,
        new DateOnly(2031, 1, 31), "711", MigrationDirection.Inbound, null, "uz", "+998 90 123 4567", null);

    [Theory]
    [InlineData("2000-06-15", "2018-06-14", 17)] // the day before the 18th birthday
    [InlineData("2000-06-15", "2018-06-15", 18)] // on the birthday
    [InlineData("2000-06-15", "2018-06-16", 18)]
    [InlineData("2000-06-15", "2018-12-31", 18)]
    [InlineData("2000-06-15", "2019-01-01", 18)]
    [InlineData("2000-06-15", "2000-06-15", 0)]
    [InlineData("1999-12-31", "2000-01-01", 0)]
    [InlineData("1999-12-31", "2017-12-31", 18)]
    public void AgeOn_counts_completed_years(string born, string on, int age) =>
        Assert.Equal(age, MigrantWorker.AgeOn(DateOnly.Parse(born), DateOnly.Parse(on)));

    // Born on 29 February: in a common year the birthday falls on 28 February (the CIS civil-code rule
    // that a term ending on a day the month lacks ends on the month's last day); in leap years on the 29th.
    [Theory]
    [InlineData("2018-02-27", 17)]
    [InlineData("2018-02-28", 18)]
    [InlineData("2018-03-01", 18)]
    [InlineData("2020-02-28", 19)]
    [InlineData("2020-02-29", 20)]
    [InlineData("2021-02-28", 21)]
    public void AgeOn_for_a_leap_day_birth(string on, int age) =>
        Assert.Equal(age, MigrantWorker.AgeOn(new DateOnly(2000, 2, 29), DateOnly.Parse(on)));

    [Fact]
    public void AgeOn_today_follows_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2033, 4, 11, 23, 59, 0, TimeSpan.Zero));
        DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var born = new DateOnly(2015, 4, 12);
        Assert.Equal(17, MigrantWorker.AgeOn(born, Today()));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(18, MigrantWorker.AgeOn(born, Today()));
    }

    [Theory]
    [InlineData("FA1234567", "FA1234567")]
    [InlineData(" fa 123 45 67 ", "FA1234567")]
    [InlineData("ac\t1234567", "AC1234567")]
    [InlineData("N\u00A01234567", "N1234567")] // a non-breaking space pasted from a document
    public void Passport_numbers_lose_spaces_and_case(string typed, string stored)
    {
        Assert.Equal(stored, MigrantWorker.NormalizePassport(typed));
        var worker = new MigrantWorker("W-79927398713", Particulars(typed));
        Assert.Equal(stored, worker.PassportNumber);
    }

    [Fact]
    public void Particulars_are_trimmed_and_country_codes_upper_cased()
    {
        var worker = new MigrantWorker("W-79927398713", Particulars() with
        {
            GivenName = "  Алишер ", FamilyName = " Каримов", Citizenship = " uzb", PassportIssuingCountry = "uzb ",
            OccupationCode = " 711 ", DestinationCountry = "   ", PreferredLanguage = " uz ",
        });
        Assert.Equal("Алишер", worker.GivenName);
        Assert.Equal("Каримов", worker.FamilyName);
        Assert.Equal("Алишер Каримов", worker.FullName);
        Assert.Equal("UZB", worker.Citizenship);
        Assert.Equal("UZB", worker.PassportIssuingCountry);
        Assert.Equal("711", worker.OccupationCode);
        Assert.Null(worker.DestinationCountry);
        Assert.Equal("uz", worker.PreferredLanguage);
        Assert.Equal("АЛИШЕР КАРИМОВ FA1234567 W-79927398713", worker.SearchKey);
    }

    [Fact]
    public void Update_replaces_the_particulars_and_the_search_key()
    {
        var worker = new MigrantWorker("W-79927398713", Particulars());
        worker.Update(Particulars("ab 765 4321", "tjk") with
        {
            GivenName = "Alisher", Direction = MigrationDirection.Outbound, DestinationCountry = "rus",
        });
        Assert.Equal("AB7654321", worker.PassportNumber);
        Assert.Equal("TJK", worker.PassportIssuingCountry);
        Assert.Equal("RUS", worker.DestinationCountry);
        Assert.Equal(MigrationDirection.Outbound, worker.Direction);
        Assert.Equal("ALISHER КАРИМОВ AB7654321 W-79927398713", worker.SearchKey);
        Assert.Equal(worker.Particulars, Particulars("AB7654321", "TJK") with
        {
            GivenName = "Alisher", Direction = MigrationDirection.Outbound, DestinationCountry = "RUS",
        });
    }

    [Fact]
    public void AssignTo_links_employer_and_agency()
    {
        var worker = new MigrantWorker("W-79927398713", Particulars());
        var (employer, agency) = (Guid.NewGuid(), Guid.NewGuid());
        worker.AssignTo(employer, agency);
        Assert.Equal(employer, worker.CurrentEmployerId);
        Assert.Equal(agency, worker.AgencyId);
    }

    [Fact]
    public void New_records_get_time_ordered_version_7_ids()
    {
        var first = new MigrantWorker("W-79927398713", Particulars());
        var second = new MigrantWorker("W-79927398713", Particulars());
        Assert.Equal(7, first.Id.Version);
        Assert.NotEqual(first.Id, second.Id);
    }
}
