using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRecruitment : Migration
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
                name: "orientation_curricula",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_ru = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    destination_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    occupation_prefix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    hours = table.Column<int>(type: "INTEGER", nullable: false),
                    topic_list = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    validity_months = table.Column<int>(type: "INTEGER", nullable: false),
                    minimum_attendance_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orientation_curricula", x => x.id);
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
                name: "wage_benchmarks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    occupation_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    monthly_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    kzt_per_unit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wage_benchmarks", x => x.id);
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
                name: "orientation_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    curriculum_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    online = table.Column<bool>(type: "INTEGER", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orientation_sessions", x => x.id);
                    table.CheckConstraint("ck_orientation_sessions_enrolled", "enrolled >= 0 AND enrolled <= capacity");
                    table.ForeignKey(
                        name: "fk_orientation_sessions_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orientation_sessions_orientation_curricula_curriculum_id",
                        column: x => x.curriculum_id,
                        principalTable: "orientation_curricula",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "employment_contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    previous_version_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    foreign_employer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    foreign_employer_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    foreign_employer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    job_order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    occupation_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    destination_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    terms_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    drafted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    policy_set_number = table.Column<int>(type: "INTEGER", nullable: true),
                    findings_json = table.Column<string>(type: "text", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    signed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    signature_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    signature_recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    signed_language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    registered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    worse_than_previous = table.Column<bool>(type: "INTEGER", nullable: false),
                    substitution_case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employment_contracts", x => x.id);
                    table.ForeignKey(
                        name: "fk_employment_contracts_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employment_contracts_employment_contracts_previous_version_id",
                        column: x => x.previous_version_id,
                        principalTable: "employment_contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employment_contracts_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employment_contracts_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employment_contracts_violation_cases_substitution_case_id",
                        column: x => x.substitution_case_id,
                        principalTable: "violation_cases",
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

            migrationBuilder.CreateTable(
                name: "orientation_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    curriculum_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    enrolled_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attended_hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    certificate_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orientation_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_orientation_enrolments_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orientation_enrolments_orientation_curricula_curriculum_id",
                        column: x => x.curriculum_id,
                        principalTable: "orientation_curricula",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orientation_enrolments_orientation_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "orientation_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orientation_certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    curriculum_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    verification_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    destination_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    occupation_prefix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    revocation_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orientation_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_orientation_certificates_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orientation_certificates_orientation_curricula_curriculum_id",
                        column: x => x.curriculum_id,
                        principalTable: "orientation_curricula",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orientation_certificates_orientation_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "orientation_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orientation_certificates_orientation_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "orientation_sessions",
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
                name: "ix_employment_contracts_agency_id",
                table: "employment_contracts",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_employment_contracts_employer_id",
                table: "employment_contracts",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_employment_contracts_number_version_number",
                table: "employment_contracts",
                columns: new[] { "number", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employment_contracts_previous_version_id",
                table: "employment_contracts",
                column: "previous_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_employment_contracts_status_submitted_at",
                table: "employment_contracts",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_employment_contracts_substitution_case_id",
                table: "employment_contracts",
                column: "substitution_case_id");

            migrationBuilder.CreateIndex(
                name: "ix_employment_contracts_worker_id",
                table: "employment_contracts",
                column: "worker_id");

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
                name: "ix_fee_cap_exceptions_destination_country_valid_from",
                table: "fee_cap_exceptions",
                columns: new[] { "destination_country", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "ix_first_month_earnings_worker_id",
                table: "first_month_earnings",
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
                name: "ix_orientation_certificates_curriculum_id",
                table: "orientation_certificates",
                column: "curriculum_id");

            migrationBuilder.CreateIndex(
                name: "ix_orientation_certificates_enrolment_id",
                table: "orientation_certificates",
                column: "enrolment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orientation_certificates_number",
                table: "orientation_certificates",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orientation_certificates_session_id",
                table: "orientation_certificates",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_orientation_certificates_verification_code",
                table: "orientation_certificates",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orientation_certificates_worker_id_valid_until",
                table: "orientation_certificates",
                columns: new[] { "worker_id", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_orientation_curricula_code",
                table: "orientation_curricula",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orientation_enrolments_curriculum_id",
                table: "orientation_enrolments",
                column: "curriculum_id");

            migrationBuilder.CreateIndex(
                name: "ix_orientation_enrolments_session_id_worker_id",
                table: "orientation_enrolments",
                columns: new[] { "session_id", "worker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orientation_enrolments_worker_id",
                table: "orientation_enrolments",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_orientation_sessions_curriculum_id",
                table: "orientation_sessions",
                column: "curriculum_id");

            migrationBuilder.CreateIndex(
                name: "ix_orientation_sessions_org_unit_id",
                table: "orientation_sessions",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_orientation_sessions_starts_on_status",
                table: "orientation_sessions",
                columns: new[] { "starts_on", "status" });

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

            migrationBuilder.CreateIndex(
                name: "ix_wage_benchmarks_country_occupation_code_effective_from",
                table: "wage_benchmarks",
                columns: new[] { "country", "occupation_code", "effective_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agency_officers");

            migrationBuilder.DropTable(
                name: "employment_contracts");

            migrationBuilder.DropTable(
                name: "escrow_entries");

            migrationBuilder.DropTable(
                name: "first_month_earnings");

            migrationBuilder.DropTable(
                name: "job_orders");

            migrationBuilder.DropTable(
                name: "orientation_certificates");

            migrationBuilder.DropTable(
                name: "recruitment_costs");

            migrationBuilder.DropTable(
                name: "wage_benchmarks");

            migrationBuilder.DropTable(
                name: "licence_applications");

            migrationBuilder.DropTable(
                name: "foreign_employers");

            migrationBuilder.DropTable(
                name: "orientation_enrolments");

            migrationBuilder.DropTable(
                name: "fee_cap_exceptions");

            migrationBuilder.DropTable(
                name: "violation_cases");

            migrationBuilder.DropTable(
                name: "orientation_sessions");

            migrationBuilder.DropTable(
                name: "orientation_curricula");

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
