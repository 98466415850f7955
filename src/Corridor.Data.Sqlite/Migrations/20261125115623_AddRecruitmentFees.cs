using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRecruitmentFees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fee_cap_exceptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    destination_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    isco_prefix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    cap_months = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    citation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_cap_exceptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "first_month_earnings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    entered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_first_month_earnings", x => x.id);
                    table.ForeignKey(
                        name: "fk_first_month_earnings_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "violation_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    subject_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    finding = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    opened_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    closed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_violation_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_violation_cases_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_violation_cases_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recruitment_costs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    job_order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    destination_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    occupation_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    receipt_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    entered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    basic_monthly_wage = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    wage_currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    cap_rule_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    cap_months = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    cap_source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    cap_exception_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    cap_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    checked_total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    finding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    violation_case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recruitment_costs", x => x.id);
                    table.ForeignKey(
                        name: "fk_recruitment_costs_fee_cap_exceptions_cap_exception_id",
                        column: x => x.cap_exception_id,
                        principalTable: "fee_cap_exceptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recruitment_costs_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recruitment_costs_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recruitment_costs_violation_cases_violation_case_id",
                        column: x => x.violation_case_id,
                        principalTable: "violation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fee_cap_exceptions_destination_country_valid_from",
                table: "fee_cap_exceptions",
                columns: new[] { "destination_country", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "ix_first_month_earnings_worker_id",
                table: "first_month_earnings",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_costs_agency_id_source",
                table: "recruitment_costs",
                columns: new[] { "agency_id", "source" });

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_costs_cap_exception_id",
                table: "recruitment_costs",
                column: "cap_exception_id");

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_costs_violation_case_id",
                table: "recruitment_costs",
                column: "violation_case_id");

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_costs_worker_id_agency_id",
                table: "recruitment_costs",
                columns: new[] { "worker_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_violation_cases_agency_id_status",
                table: "violation_cases",
                columns: new[] { "agency_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_violation_cases_employer_id_status",
                table: "violation_cases",
                columns: new[] { "employer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_violation_cases_number",
                table: "violation_cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_violation_cases_subject_type_subject_id",
                table: "violation_cases",
                columns: new[] { "subject_type", "subject_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "first_month_earnings");

            migrationBuilder.DropTable(
                name: "recruitment_costs");

            migrationBuilder.DropTable(
                name: "fee_cap_exceptions");

            migrationBuilder.DropTable(
                name: "violation_cases");
        }
    }
}
