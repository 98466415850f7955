using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddInspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    planned_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    planned_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    follow_up_of_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    visited_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    inspector_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    follow_up_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspections", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspections_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspections_inspections_follow_up_of_id",
                        column: x => x.follow_up_of_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    breakdown_json = table.Column<string>(type: "text", nullable: false),
                    computed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    policy_version = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_risk_scores_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_signals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reported_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_signals", x => x.id);
                    table.ForeignKey(
                        name: "fk_risk_signals_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_findings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    violation_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    citation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    workers_affected = table.Column<int>(type: "INTEGER", nullable: false),
                    amount_owed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    found_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_by_inspection_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    employer_flag_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_findings", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_findings_employer_flags_employer_flag_id",
                        column: x => x.employer_flag_id,
                        principalTable: "employer_flags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspection_findings_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sanctions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    party_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    months = table.Column<int>(type: "INTEGER", nullable: true),
                    fine_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    decision_reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    internal_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    employer_flag_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanctions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sanctions_employer_flags_employer_flag_id",
                        column: x => x.employer_flag_id,
                        principalTable: "employer_flags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sanctions_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_employer_flag_id",
                table: "inspection_findings",
                column: "employer_flag_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_employer_id_found_on",
                table: "inspection_findings",
                columns: new[] { "employer_id", "found_on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_inspection_id",
                table: "inspection_findings",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_employer_id_status_visited_on",
                table: "inspections",
                columns: new[] { "employer_id", "status", "visited_on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_follow_up_of_id",
                table: "inspections",
                column: "follow_up_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_number",
                table: "inspections",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_scores_employer_id",
                table: "risk_scores",
                column: "employer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_scores_score",
                table: "risk_scores",
                column: "score");

            migrationBuilder.CreateIndex(
                name: "ix_risk_signals_employer_id_kind_reported_on",
                table: "risk_signals",
                columns: new[] { "employer_id", "kind", "reported_on" });

            migrationBuilder.CreateIndex(
                name: "ix_sanctions_employer_flag_id",
                table: "sanctions",
                column: "employer_flag_id");

            migrationBuilder.CreateIndex(
                name: "ix_sanctions_inspection_id",
                table: "sanctions",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "ix_sanctions_kind_to",
                table: "sanctions",
                columns: new[] { "kind", "to" });

            migrationBuilder.CreateIndex(
                name: "ix_sanctions_party_id_kind_from",
                table: "sanctions",
                columns: new[] { "party_id", "kind", "from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_findings");

            migrationBuilder.DropTable(
                name: "risk_scores");

            migrationBuilder.DropTable(
                name: "risk_signals");

            migrationBuilder.DropTable(
                name: "sanctions");

            migrationBuilder.DropTable(
                name: "inspections");
        }
    }
}
