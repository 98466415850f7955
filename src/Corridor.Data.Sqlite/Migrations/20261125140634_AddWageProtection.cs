using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddWageProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payroll_alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    line_number = table.Column<int>(type: "INTEGER", nullable: true),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    expected = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    actual = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payroll_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payroll_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    line_count = table.Column<int>(type: "INTEGER", nullable: false),
                    alert_count = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitter_employer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    policy_set_number = table.Column<int>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payroll_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payroll_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    national_id = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    occupation_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    basic_wage = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    allowance_housing = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    allowance_food = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    allowance_transport = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    allowance_other = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    overtime_hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    overtime_pay = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    deduction1_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    deduction1_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    deduction2_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    deduction2_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    deduction3_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    deduction3_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    net_paid = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    payment_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    payment_channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payroll_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wage_escalations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    taken_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    overdue_days = table.Column<int>(type: "INTEGER", nullable: false),
                    workers = table.Column<int>(type: "INTEGER", nullable: false),
                    paid_in_full = table.Column<int>(type: "INTEGER", nullable: false),
                    flag_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wage_escalations", x => x.id);
                    table.ForeignKey(
                        name: "fk_wage_escalations_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_payroll_alerts_batch_id_line_number",
                table: "payroll_alerts",
                columns: new[] { "batch_id", "line_number" });

            migrationBuilder.CreateIndex(
                name: "ix_payroll_alerts_employer_id_period_rule_id",
                table: "payroll_alerts",
                columns: new[] { "employer_id", "period", "rule_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payroll_alerts_worker_id_period",
                table: "payroll_alerts",
                columns: new[] { "worker_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_payroll_batches_submitted_at",
                table: "payroll_batches",
                column: "submitted_at");

            migrationBuilder.CreateIndex(
                name: "ix_payroll_batches_submitter_employer_id",
                table: "payroll_batches",
                column: "submitter_employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_payroll_lines_batch_id_line_number",
                table: "payroll_lines",
                columns: new[] { "batch_id", "line_number" });

            migrationBuilder.CreateIndex(
                name: "ix_payroll_lines_employer_id_period",
                table: "payroll_lines",
                columns: new[] { "employer_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_payroll_lines_worker_id_period",
                table: "payroll_lines",
                columns: new[] { "worker_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_wage_escalations_employer_id_period_step",
                table: "wage_escalations",
                columns: new[] { "employer_id", "period", "step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wage_escalations_period_step",
                table: "wage_escalations",
                columns: new[] { "period", "step" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payroll_alerts");

            migrationBuilder.DropTable(
                name: "payroll_batches");

            migrationBuilder.DropTable(
                name: "payroll_lines");

            migrationBuilder.DropTable(
                name: "wage_escalations");
        }
    }
}
