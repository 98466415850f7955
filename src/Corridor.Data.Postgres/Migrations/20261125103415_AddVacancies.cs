using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddVacancies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vacancies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occupation_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    isic_section = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    posts = table.Column<int>(type: "integer", nullable: false),
                    monthly_wage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    weekly_hours = table.Column<int>(type: "integer", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    advertising_from = table.Column<DateOnly>(type: "date", nullable: false),
                    advertising_days = table.Column<int>(type: "integer", nullable: false),
                    policy_set_number = table.Column<int>(type: "integer", nullable: false),
                    outcome_recorded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    national_referrals = table.Column<int>(type: "integer", nullable: false),
                    interviews = table.Column<int>(type: "integer", nullable: false),
                    hires = table.Column<int>(type: "integer", nullable: false),
                    reasons_not_hired = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    certificate_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    certified_posts = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vacancies", x => x.id);
                    table.ForeignKey(
                        name: "fk_vacancies_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_vacancies_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_certificate_number",
                table: "vacancies",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_employer_id_status",
                table: "vacancies",
                columns: new[] { "employer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_org_unit_id",
                table: "vacancies",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_status_occupation_code",
                table: "vacancies",
                columns: new[] { "status", "occupation_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vacancies");
        }
    }
}
