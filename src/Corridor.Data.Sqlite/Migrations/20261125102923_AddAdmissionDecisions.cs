using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddAdmissionDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admission_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    policy_set_number = table.Column<int>(type: "INTEGER", nullable: false),
                    inputs_json = table.Column<string>(type: "text", nullable: false),
                    results_json = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admission_decisions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admission_decisions_policy_set_number",
                table: "admission_decisions",
                column: "policy_set_number");

            migrationBuilder.CreateIndex(
                name: "ix_admission_decisions_subject_subject_id",
                table: "admission_decisions",
                columns: new[] { "subject", "subject_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admission_decisions");
        }
    }
}
