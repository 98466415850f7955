using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRegularisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regularisation_windows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    opens_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    arrived_before = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    require_registered_employer = table.Column<bool>(type: "INTEGER", nullable: false),
                    require_no_serious_criminal_record = table.Column<bool>(type: "INTEGER", nullable: false),
                    estimates_json = table.Column<string>(type: "text", nullable: false),
                    opened_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    opened_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regularisation_windows", x => x.id);
                    table.CheckConstraint("ck_regularisation_windows_dates", "closes_on >= opens_on");
                });

            migrationBuilder.CreateTable(
                name: "regularisation_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    window_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    citizenship = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    passport_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    arrival_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    employer_registration_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    declared_no_serious_criminal_record = table.Column<bool>(type: "INTEGER", nullable: false),
                    tracking_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    submitted_by_employer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    submitted_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regularisation_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_regularisation_applications_admission_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "admission_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_regularisation_applications_employers_submitted_by_employer_id",
                        column: x => x.submitted_by_employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_regularisation_applications_migrant_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "migrant_workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_regularisation_applications_regularisation_windows_window_id",
                        column: x => x.window_id,
                        principalTable: "regularisation_windows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_regularisation_applications_decision_id",
                table: "regularisation_applications",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_regularisation_applications_submitted_by_employer_id",
                table: "regularisation_applications",
                column: "submitted_by_employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_regularisation_applications_tracking_code",
                table: "regularisation_applications",
                column: "tracking_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regularisation_applications_window_id_citizenship_sex",
                table: "regularisation_applications",
                columns: new[] { "window_id", "citizenship", "sex" });

            migrationBuilder.CreateIndex(
                name: "ix_regularisation_applications_window_id_status",
                table: "regularisation_applications",
                columns: new[] { "window_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_regularisation_applications_worker_id",
                table: "regularisation_applications",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_regularisation_windows_opens_on",
                table: "regularisation_windows",
                column: "opens_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regularisation_applications");

            migrationBuilder.DropTable(
                name: "regularisation_windows");
        }
    }
}
