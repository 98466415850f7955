using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddPolicySets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "policy_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rules_json = table.Column<string>(type: "text", nullable: false),
                    drafted_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    drafted_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    last_edited_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_edited_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    comments_close_on = table.Column<DateOnly>(type: "date", nullable: true),
                    activated_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    activated_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    activated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_sets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "policy_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_set_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    responded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    responded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_policy_comments_policy_sets_policy_set_id",
                        column: x => x.policy_set_id,
                        principalTable: "policy_sets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_policy_comments_policy_set_id",
                table: "policy_comments",
                column: "policy_set_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_sets_number",
                table: "policy_sets",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_policy_sets_status_effective_from",
                table: "policy_sets",
                columns: new[] { "status", "effective_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_comments");

            migrationBuilder.DropTable(
                name: "policy_sets");
        }
    }
}
