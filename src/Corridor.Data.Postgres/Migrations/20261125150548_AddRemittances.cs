using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddRemittances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "remittance_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    collected_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sending_country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    receiving_country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    provider = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    provider_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sending_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    receiving_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    amount200 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    fee200 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    rate200 = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    amount500 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    fee500 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    rate500 = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    interbank_rate = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    speed = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    access_point = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    transparent = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entered_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_remittance_services", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_remittance_services_period_sending_country_receiving_countr~",
                table: "remittance_services",
                columns: new[] { "period", "sending_country", "receiving_country", "provider" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_remittance_services_sending_country_receiving_country",
                table: "remittance_services",
                columns: new[] { "sending_country", "receiving_country" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "remittance_services");
        }
    }
}
