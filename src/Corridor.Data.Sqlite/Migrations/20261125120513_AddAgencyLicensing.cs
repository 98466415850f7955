using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddAgencyLicensing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status_category",
                table: "recruitment_agencies",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_note",
                table: "recruitment_agencies",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "status_since",
                table: "recruitment_agencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "foreign_employers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    sector = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    documents_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    inspected_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    inspection_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    inspected_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    accredited_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    revocation_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    search_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_foreign_employers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "licence_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    paid_up_capital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    escrow_deposit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    surety_bond = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    qualified = table.Column<bool>(type: "INTEGER", nullable: false),
                    used_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licence_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_licence_applications_admission_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "admission_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_licence_applications_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
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
                name: "job_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    foreign_employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occupation = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    positions = table.Column<int>(type: "INTEGER", nullable: false),
                    monthly_wage = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    hours_per_week = table.Column<int>(type: "INTEGER", nullable: false),
                    jobsite = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    destination_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_orders_foreign_employers_foreign_employer_id",
                        column: x => x.foreign_employer_id,
                        principalTable: "foreign_employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_orders_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agency_officers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    full_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    identity_document = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    position = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    police_clearance_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_officers", x => x.id);
                    table.ForeignKey(
                        name: "fk_agency_officers_licence_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "licence_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agency_officers_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "escrow_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    violation_case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escrow_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_escrow_entries_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_escrow_entries_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_escrow_entries_violation_cases_violation_case_id",
                        column: x => x.violation_case_id,
                        principalTable: "violation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agency_officers_agency_id",
                table: "agency_officers",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_agency_officers_application_id",
                table: "agency_officers",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_agency_officers_identity_document",
                table: "agency_officers",
                column: "identity_document");

            migrationBuilder.CreateIndex(
                name: "ix_escrow_entries_agency_id_recorded_on",
                table: "escrow_entries",
                columns: new[] { "agency_id", "recorded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_escrow_entries_violation_case_id",
                table: "escrow_entries",
                column: "violation_case_id");

            migrationBuilder.CreateIndex(
                name: "ix_escrow_entries_worker_id",
                table: "escrow_entries",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_foreign_employers_search_key",
                table: "foreign_employers",
                column: "search_key");

            migrationBuilder.CreateIndex(
                name: "ix_foreign_employers_status",
                table: "foreign_employers",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_agency_id_status",
                table: "job_orders",
                columns: new[] { "agency_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_foreign_employer_id",
                table: "job_orders",
                column: "foreign_employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_number",
                table: "job_orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_agency_id_submitted_at",
                table: "licence_applications",
                columns: new[] { "agency_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_decision_id",
                table: "licence_applications",
                column: "decision_id");

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
                name: "agency_officers");

            migrationBuilder.DropTable(
                name: "escrow_entries");

            migrationBuilder.DropTable(
                name: "job_orders");

            migrationBuilder.DropTable(
                name: "licence_applications");

            migrationBuilder.DropTable(
                name: "violation_cases");

            migrationBuilder.DropTable(
                name: "foreign_employers");

            migrationBuilder.DropColumn(
                name: "status_category",
                table: "recruitment_agencies");

            migrationBuilder.DropColumn(
                name: "status_note",
                table: "recruitment_agencies");

            migrationBuilder.DropColumn(
                name: "status_since",
                table: "recruitment_agencies");
        }
    }
}
