using Corridor.Domain.Common;
using Corridor.Domain.Registry;

namespace Corridor.Domain.Tests;

public class EntityGuardTests
{
    private static readonly Guid District = Guid.CreateVersion7();

    [Fact]
    public void An_employer_cannot_have_negative_national_employees()
    {
        var e = Assert.Throws<DomainException>(() => new Employer("221040000001", "ТОО «Алтын Строй»", "F", "41", District, -1));
        Assert.Equal(nameof(Employer.NationalEmployees), e.Field);
        Assert.Contains("negative", e.Message);
    }

    [Fact]
    public void A_refused_employer_update_changes_nothing()
    {
        var employer = new Employer("221040000001", "ТОО «Алтын Строй»", "F", "41", District, 12);
        var e = Assert.Throws<DomainException>(() => employer.Update("Renamed", "A", "01", Guid.NewGuid(), -5, null, null, null));
        Assert.Equal("NationalEmployees", e.Field);
        Assert.Equal("ТОО «Алтын Строй»", employer.Name);
        Assert.Equal("F", employer.IsicSection);
        Assert.Equal(12, employer.NationalEmployees);
    }

    [Fact]
    public void An_employer_may_have_no_national_employees_and_is_normalised()
    {
        var employer = new Employer(" 221040000001 ", " ТОО «Алтын Строй» ", " f ", " 41 ", District, 0, " ул. Абая, 1 ", null, " info@altyn.kz ");
        Assert.Equal(0, employer.NationalEmployees);
        Assert.Equal("221040000001", employer.RegistrationNumber);
        Assert.Equal("F", employer.IsicSection);
        Assert.Equal("41", employer.IsicDivision);
        Assert.Equal("ул. Абая, 1", employer.Address);
        Assert.Equal("info@altyn.kz", employer.Email);
        Assert.Equal("ТОО «АЛТЫН СТРОЙ» 221040000001", employer.SearchKey);
    }

    [Fact]
    public void A_recruitment_agency_needs_a_known_licence_status()
    {
        var e = Assert.Throws<DomainException>(() => new RecruitmentAgency("KAZ-RA-0001", "Нур", "KAZ", (LicenceStatus)99, null));
        Assert.Equal(nameof(RecruitmentAgency.Status), e.Field);
        var agency = new RecruitmentAgency(" KAZ-RA-0001 ", "Нур", "kaz", LicenceStatus.Licensed, new DateOnly(2030, 1, 1));
        Assert.Equal("KAZ", agency.Country);
        Assert.Equal("KAZ-RA-0001", agency.LicenceNumber);
        Assert.Throws<DomainException>(() => agency.Update(" ", "KAZ", null, null, null, null));
        Assert.Equal(LicenceStatus.Licensed, agency.Status);
    }

    [Fact]
    public void A_job_seeker_needs_a_known_status()
    {
        var seeker = new NationalJobSeeker("950412300123", "Әлия", "Нұрланқызы", Sex.Female, new DateOnly(1995, 4, 12), "522", District, new DateOnly(2025, 1, 10));
        Assert.Equal(JobSeekerStatus.Active, seeker.Status);
        Assert.Equal("ӘЛИЯ НҰРЛАНҚЫЗЫ 950412300123", seeker.SearchKey);
        var e = Assert.Throws<DomainException>(() =>
            seeker.Update("Әлия", "Нұрланқызы", Sex.Female, new DateOnly(1995, 4, 12), "522", District, (JobSeekerStatus)7, null, null));
        Assert.Equal(nameof(NationalJobSeeker.Status), e.Field);
        Assert.Equal(JobSeekerStatus.Active, seeker.Status);
    }

    [Fact]
    public void Org_units_carry_level_and_materialised_path()
    {
        var country = new OrgUnit("KZ", "Kazakhstan", "Казахстан", null);
        var region = new OrgUnit("KZ-ALA", "Almaty", "Алматы", country);
        var district = new OrgUnit("KZ-ALA-01", "Almaly District", "Алмалинский район", region);
        Assert.Equal((1, "/KZ/", (Guid?)null), (country.Level, country.Path, country.ParentId));
        Assert.Equal((2, "/KZ/KZ-ALA/", (Guid?)country.Id), (region.Level, region.Path, region.ParentId));
        Assert.Equal((3, "/KZ/KZ-ALA/KZ-ALA-01/", (Guid?)region.Id), (district.Level, district.Path, district.ParentId));
        Assert.Equal("Алмалинский район", district.DisplayName("ru-RU"));
        Assert.Equal("Almaly District", district.DisplayName("en"));
    }
}
