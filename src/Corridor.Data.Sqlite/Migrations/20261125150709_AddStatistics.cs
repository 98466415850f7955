using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistics_rebuilds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    percent = table.Column<int>(type: "INTEGER", nullable: false),
                    rows = table.Column<long>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_rebuilds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    indicator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    period_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    region = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    age_group = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    citizenship = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    isco = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    skill_level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    isic = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_values", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_statistics_rebuilds_started_at",
                table: "statistics_rebuilds",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_statistics_values_indicator_period",
                table: "statistics_values",
                columns: new[] { "indicator", "period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_rebuilds");

            migrationBuilder.DropTable(
                name: "statistics_values");
        }
    }
}
