using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddForecasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "labour_force_scenarios",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    base_year = table.Column<int>(type: "INTEGER", nullable: false),
                    rate_set_number = table.Column<int>(type: "INTEGER", nullable: false),
                    path = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    targets_json = table.Column<string>(type: "text", nullable: false),
                    demand_json = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labour_force_scenarios", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "migrant_stocks",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    destination = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    persons = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_migrant_stocks", x => new { x.year, x.destination, x.origin });
                });

            migrationBuilder.CreateTable(
                name: "participation_rate_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    rates_json = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    is_default = table.Column<bool>(type: "INTEGER", nullable: false),
                    entered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participation_rate_sets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "population_figures",
                columns: table => new
                {
                    location_code = table.Column<int>(type: "INTEGER", nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    age_group = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    location_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    thousands = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    projected = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_figures", x => new { x.location_code, x.sex, x.age_group, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "ix_migrant_stocks_origin_year",
                table: "migrant_stocks",
                columns: new[] { "origin", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_participation_rate_sets_number",
                table: "participation_rate_sets",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "labour_force_scenarios");

            migrationBuilder.DropTable(
                name: "migrant_stocks");

            migrationBuilder.DropTable(
                name: "participation_rate_sets");

            migrationBuilder.DropTable(
                name: "population_figures");
        }
    }
}
