using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    categories = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agency_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    complainant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    consent_to_disclose = table.Column<bool>(type: "boolean", nullable: false),
                    submitted_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "protection_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    origin_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    origin_id = table.Column<Guid>(type: "uuid", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: true),
                    categories = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agency_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    opened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    conciliation_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    triage_items = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    triage_result_json = table.Column<string>(type: "text", nullable: true),
                    triage_rule_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    triaged_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    forced_labour = table.Column<bool>(type: "boolean", nullable: false),
                    trafficking = table.Column<bool>(type: "boolean", nullable: false),
                    urgent_referral_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    amount_claimed = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    amount_awarded = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    paid_by_employer = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid_by_agency = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid_from_escrow = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    amount_recovered = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    amount_paid_to_worker = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_protection_cases", x => x.id);
                    table.CheckConstraint("ck_protection_cases_amounts", "amount_claimed >= 0 AND amount_recovered >= 0 AND amount_paid_to_worker >= 0");
                    table.ForeignKey(
                        name: "fk_protection_cases_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_protection_cases_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_protection_cases_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_protection_cases_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agency_id",
                table: "complaints",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_employer_id",
                table: "complaints",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_tracking_code",
                table: "complaints",
                column: "tracking_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_worker_id",
                table: "complaints",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_protection_cases_agency_id",
                table: "protection_cases",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_protection_cases_complaint_id",
                table: "protection_cases",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_protection_cases_employer_id",
                table: "protection_cases",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_protection_cases_number",
                table: "protection_cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_protection_cases_origin_type_origin_id",
                table: "protection_cases",
                columns: new[] { "origin_type", "origin_id" });

            migrationBuilder.CreateIndex(
                name: "ix_protection_cases_status_priority",
                table: "protection_cases",
                columns: new[] { "status", "priority" });

            migrationBuilder.CreateIndex(
                name: "ix_protection_cases_worker_id",
                table: "protection_cases",
                column: "worker_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "protection_cases");

            migrationBuilder.DropTable(
                name: "complaints");
        }
    }
}
