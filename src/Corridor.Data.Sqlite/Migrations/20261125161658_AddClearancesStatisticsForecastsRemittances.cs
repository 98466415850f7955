using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddClearancesStatisticsForecastsRemittances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deployment_clearances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    verification_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    contract_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    job_order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    foreign_employer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    employer_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    employer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    destination_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    occupation_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    jobsite = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    fast_lane = table.Column<bool>(type: "INTEGER", nullable: false),
                    previous_clearance_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    checks_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    revoked_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revocation_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deployment_clearances", x => x.id);
                    table.ForeignKey(
                        name: "fk_deployment_clearances_deployment_clearances_previous_clearance_id",
                        column: x => x.previous_clearance_id,
                        principalTable: "deployment_clearances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployment_clearances_employment_contracts_contract_id",
                        column: x => x.contract_id,
                        principalTable: "employment_contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployment_clearances_job_orders_job_order_id",
                        column: x => x.job_order_id,
                        principalTable: "job_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployment_clearances_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deployment_clearances_recruitment_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "recruitment_agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "insurance_covers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contract_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    insurer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    policy_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    covers_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    covers_to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_insurance_covers", x => x.id);
                    table.ForeignKey(
                        name: "fk_insurance_covers_employment_contracts_contract_id",
                        column: x => x.contract_id,
                        principalTable: "employment_contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_insurance_covers_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "labour_force_scenarios",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    base_year = table.Column<int>(type: "INTEGER", nullable: false),
                    rate_set_number = table.Column<int>(type: "INTEGER", nullable: false),
                    path = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    targets_json = table.Column<string>(type: "text", nullable: false),
                    demand_json = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labour_force_scenarios", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "medical_fitness",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    examined_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    clinic_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medical_fitness", x => x.id);
                    table.ForeignKey(
                        name: "fk_medical_fitness_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migrant_stocks",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    destination = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    persons = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_migrant_stocks", x => new { x.year, x.destination, x.origin });
                });

            migrationBuilder.CreateTable(
                name: "participation_rate_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    rates_json = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    is_default = table.Column<bool>(type: "INTEGER", nullable: false),
                    entered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participation_rate_sets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "population_figures",
                columns: table => new
                {
                    location_code = table.Column<int>(type: "INTEGER", nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    age_group = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    location_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    thousands = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    projected = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_figures", x => new { x.location_code, x.sex, x.age_group, x.year });
                });

            migrationBuilder.CreateTable(
                name: "remittance_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    collected_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sending_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    receiving_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    provider_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sending_currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    receiving_currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    amount200 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    fee200 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    rate200 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    amount500 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    fee500 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    rate500 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    interbank_rate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    speed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    access_point = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    transparent = table.Column<bool>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_remittance_services", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_rebuilds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    percent = table.Column<int>(type: "INTEGER", nullable: false),
                    rows = table.Column<long>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_rebuilds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    indicator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    period_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    region = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    age_group = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    citizenship = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    isco = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    skill_level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    isic = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_values", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_fund_memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contract_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    receipt_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    covers_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_welfare_fund_memberships", x => x.id);
                    table.ForeignKey(
                        name: "fk_welfare_fund_memberships_employment_contracts_contract_id",
                        column: x => x.contract_id,
                        principalTable: "employment_contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_welfare_fund_memberships_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_agency_id_decided_at",
                table: "deployment_clearances",
                columns: new[] { "agency_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_contract_id",
                table: "deployment_clearances",
                column: "contract_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_job_order_id",
                table: "deployment_clearances",
                column: "job_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_number",
                table: "deployment_clearances",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_previous_clearance_id",
                table: "deployment_clearances",
                column: "previous_clearance_id");

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_status_decided_at",
                table: "deployment_clearances",
                columns: new[] { "status", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_verification_code",
                table: "deployment_clearances",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deployment_clearances_worker_id_decided_at",
                table: "deployment_clearances",
                columns: new[] { "worker_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_insurance_covers_contract_id",
                table: "insurance_covers",
                column: "contract_id");

            migrationBuilder.CreateIndex(
                name: "ix_insurance_covers_worker_id",
                table: "insurance_covers",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_medical_fitness_worker_id_examined_on",
                table: "medical_fitness",
                columns: new[] { "worker_id", "examined_on" });

            migrationBuilder.CreateIndex(
                name: "ix_migrant_stocks_origin_year",
                table: "migrant_stocks",
                columns: new[] { "origin", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_participation_rate_sets_number",
                table: "participation_rate_sets",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_remittance_services_period_sending_country_receiving_country_provider",
                table: "remittance_services",
                columns: new[] { "period", "sending_country", "receiving_country", "provider" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_remittance_services_sending_country_receiving_country",
                table: "remittance_services",
                columns: new[] { "sending_country", "receiving_country" });

            migrationBuilder.CreateIndex(
                name: "ix_statistics_rebuilds_started_at",
                table: "statistics_rebuilds",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_statistics_values_indicator_period",
                table: "statistics_values",
                columns: new[] { "indicator", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_fund_memberships_contract_id",
                table: "welfare_fund_memberships",
                column: "contract_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_fund_memberships_worker_id_covers_until",
                table: "welfare_fund_memberships",
                columns: new[] { "worker_id", "covers_until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deployment_clearances");

            migrationBuilder.DropTable(
                name: "insurance_covers");

            migrationBuilder.DropTable(
                name: "labour_force_scenarios");

            migrationBuilder.DropTable(
                name: "medical_fitness");

            migrationBuilder.DropTable(
                name: "migrant_stocks");

            migrationBuilder.DropTable(
                name: "participation_rate_sets");

            migrationBuilder.DropTable(
                name: "population_figures");

            migrationBuilder.DropTable(
                name: "remittance_services");

            migrationBuilder.DropTable(
                name: "statistics_rebuilds");

            migrationBuilder.DropTable(
                name: "statistics_values");

            migrationBuilder.DropTable(
                name: "welfare_fund_memberships");
        }
    }
}
