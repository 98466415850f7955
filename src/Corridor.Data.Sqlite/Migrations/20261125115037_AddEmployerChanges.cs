using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddEmployerChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "continues_permit_id",
                table: "work_permits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "release_ground",
                table: "work_permits",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "released_on",
                table: "work_permits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "seeking_until",
                table: "work_permits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "stay_started_on",
                table: "work_permits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "employer_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    permit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ground = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    statement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    unpaid_months = table.Column<int>(type: "INTEGER", nullable: true),
                    filed_as = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    filed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    granted_automatically = table.Column<bool>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_employer_changes_admission_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "admission_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employer_changes_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employer_changes_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employer_changes_work_permits_permit_id",
                        column: x => x.permit_id,
                        principalTable: "work_permits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_permits_continues_permit_id",
                table: "work_permits",
                column: "continues_permit_id");

            migrationBuilder.CreateIndex(
                name: "ix_employer_changes_decision_id",
                table: "employer_changes",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_employer_changes_employer_id",
                table: "employer_changes",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_employer_changes_permit_id",
                table: "employer_changes",
                column: "permit_id");

            migrationBuilder.CreateIndex(
                name: "ix_employer_changes_status_filed_at",
                table: "employer_changes",
                columns: new[] { "status", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_employer_changes_worker_id",
                table: "employer_changes",
                column: "worker_id");

            migrationBuilder.AddForeignKey(
                name: "fk_work_permits_work_permits_continues_permit_id",
                table: "work_permits",
                column: "continues_permit_id",
                principalTable: "work_permits",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_work_permits_work_permits_continues_permit_id",
                table: "work_permits");

            migrationBuilder.DropTable(
                name: "employer_changes");

            migrationBuilder.DropIndex(
                name: "ix_work_permits_continues_permit_id",
                table: "work_permits");

            migrationBuilder.DropColumn(
                name: "continues_permit_id",
                table: "work_permits");

            migrationBuilder.DropColumn(
                name: "release_ground",
                table: "work_permits");

            migrationBuilder.DropColumn(
                name: "released_on",
                table: "work_permits");

            migrationBuilder.DropColumn(
                name: "seeking_until",
                table: "work_permits");

            migrationBuilder.DropColumn(
                name: "stay_started_on",
                table: "work_permits");
        }
    }
}
