using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddPreDepartureOrientation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orientation_curricula",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    destination_country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    occupation_prefix = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    topic_list = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    validity_months = table.Column<int>(type: "integer", nullable: false),
                    minimum_attendance_percent = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orientation_curricula", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orientation_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    curriculum_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    online = table.Column<bool>(type: "boolean", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    enrolled = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "orientation_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    curriculum_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    enrolled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    attended_hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    curriculum_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    verification_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    destination_country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    occupation_prefix = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orientation_certificates");

            migrationBuilder.DropTable(
                name: "orientation_enrolments");

            migrationBuilder.DropTable(
                name: "orientation_sessions");

            migrationBuilder.DropTable(
                name: "orientation_curricula");
        }
    }
}
