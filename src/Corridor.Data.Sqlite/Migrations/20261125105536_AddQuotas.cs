using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddQuotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "national_quotas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    isic_section = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    reserve = table.Column<int>(type: "INTEGER", nullable: false),
                    allocated = table.Column<int>(type: "INTEGER", nullable: false),
                    policy_set_number = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_quotas", x => x.id);
                    table.CheckConstraint("ck_national_quotas_allocated", "allocated >= 0 AND allocated <= total");
                });

            migrationBuilder.CreateTable(
                name: "quota_rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quota_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    released = table.Column<int>(type: "INTEGER", nullable: false),
                    from_reserve = table.Column<bool>(type: "INTEGER", nullable: false),
                    opens_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    allocated = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quota_rounds", x => x.id);
                    table.CheckConstraint("ck_quota_rounds_allocated", "allocated >= 0 AND allocated <= released");
                    table.ForeignKey(
                        name: "fk_quota_rounds_national_quotas_quota_id",
                        column: x => x.quota_id,
                        principalTable: "national_quotas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "quota_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested = table.Column<int>(type: "INTEGER", nullable: false),
                    granted = table.Column<int>(type: "INTEGER", nullable: false),
                    origin_country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    housing = table.Column<bool>(type: "INTEGER", nullable: false),
                    training = table.Column<bool>(type: "INTEGER", nullable: false),
                    safety = table.Column<bool>(type: "INTEGER", nullable: false),
                    requested_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    points = table.Column<int>(type: "INTEGER", nullable: false),
                    points_json = table.Column<string>(type: "text", nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    over_ceiling = table.Column<bool>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quota_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_quota_requests_admission_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "admission_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_quota_requests_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_quota_requests_quota_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "quota_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_national_quotas_year_isic_section",
                table: "national_quotas",
                columns: new[] { "year", "isic_section" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_quota_requests_decision_id",
                table: "quota_requests",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_quota_requests_employer_id",
                table: "quota_requests",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_quota_requests_round_id_status",
                table: "quota_requests",
                columns: new[] { "round_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_quota_rounds_quota_id_number",
                table: "quota_rounds",
                columns: new[] { "quota_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quota_requests");

            migrationBuilder.DropTable(
                name: "quota_rounds");

            migrationBuilder.DropTable(
                name: "national_quotas");
        }
    }
}
