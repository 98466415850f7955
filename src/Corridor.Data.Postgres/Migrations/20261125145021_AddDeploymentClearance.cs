using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddDeploymentClearance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deployment_clearances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    verification_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    foreign_employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    employer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    destination_country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    occupation_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    jobsite = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    fast_lane = table.Column<bool>(type: "boolean", nullable: false),
                    previous_clearance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    checks_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deployment_clearances", x => x.id);
                    table.ForeignKey(
                        name: "fk_deployment_clearances_deployment_clearances_previous_cleara~",
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    insurer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    policy_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    covers_from = table.Column<DateOnly>(type: "date", nullable: false),
                    covers_to = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "medical_fitness",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    result = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    examined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    clinic_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "welfare_fund_memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    covers_until = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "medical_fitness");

            migrationBuilder.DropTable(
                name: "welfare_fund_memberships");
        }
    }
}
