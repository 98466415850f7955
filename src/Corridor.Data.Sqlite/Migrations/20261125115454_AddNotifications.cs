using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recipient_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    recipient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dedup_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    message_key = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    arguments_json = table.Column<string>(type: "text", nullable: false),
                    delivered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_dedup_key",
                table: "notifications",
                column: "dedup_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_delivered_at_next_attempt_at",
                table: "notifications",
                columns: new[] { "delivered_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_kind_recipient_id_created_at",
                table: "notifications",
                columns: new[] { "recipient_kind", "recipient_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_topic_subject_id",
                table: "notifications",
                columns: new[] { "topic", "subject_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications");
        }
    }
}
