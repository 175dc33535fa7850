using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DarkSocialBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "arrivals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    conversation_ref = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    chat_channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    share_channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    campaign = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    medium = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    seen_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arrivals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attribution_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    chat_channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    asked_at = table.Column<long>(type: "bigint", nullable: false),
                    answered_at = table.Column<long>(type: "bigint", nullable: true),
                    answer_text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    @class = table.Column<string>(name: "class", type: "character varying(16)", maxLength: 16, nullable: true),
                    share_channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: true),
                    classifier_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    follow_up = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    tracked_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    tracked_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    tracked_source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    tracked_channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    tracked_campaign = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    tracked_medium = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    share_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    share_sentiment = table.Column<double>(type: "double precision", nullable: true),
                    share_sentiment_label = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attribution_answers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attribution_daily_counts",
                columns: table => new
                {
                    day = table.Column<long>(type: "bigint", nullable: false),
                    chat_channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    @class = table.Column<string>(name: "class", type: "character varying(16)", maxLength: 16, nullable: false),
                    share_channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    asked = table.Column<int>(type: "integer", nullable: false),
                    answered = table.Column<int>(type: "integer", nullable: false),
                    skipped = table.Column<int>(type: "integer", nullable: false),
                    sentiment_sum = table.Column<double>(type: "double precision", nullable: false),
                    sentiment_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attribution_daily_counts", x => new { x.day, x.chat_channel, x.language, x.source, x.@class, x.share_channel });
                });

            migrationBuilder.CreateTable(
                name: "broadcast_campaigns",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    topic = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    segment = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    scheduled_at = table.Column<long>(type: "bigint", nullable: false),
                    seen_since = table.Column<long>(type: "bigint", nullable: true),
                    fan_out_cursor = table.Column<long>(type: "bigint", nullable: false),
                    fan_out_done = table.Column<bool>(type: "boolean", nullable: false),
                    enqueued = table.Column<int>(type: "integer", nullable: false),
                    trigger_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    started_at = table.Column<long>(type: "bigint", nullable: true),
                    completed_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "broadcast_sender_leases",
                columns: table => new
                {
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    owner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    lease_until = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_sender_leases", x => x.channel_id);
                });

            migrationBuilder.CreateTable(
                name: "broadcast_subscribers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    conversation_id = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    service_url = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    bot_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    display_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    tags = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    last_seen_at = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_subscribers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    wa_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    bsuid = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    opted_out_at = table.Column<long>(type: "bigint", nullable: true),
                    last_inbound_at = table.Column<long>(type: "bigint", nullable: true),
                    offered_choices = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customer_conversations",
                columns: table => new
                {
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    conversation_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    first_seen_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_conversations", x => new { x.channel_id, x.user_id, x.conversation_key });
                });

            migrationBuilder.CreateTable(
                name: "flights",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    origin = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    destination = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    scheduled_departure = table.Column<long>(type: "bigint", nullable: false),
                    scheduled_arrival = table.Column<long>(type: "bigint", nullable: false),
                    estimated_departure = table.Column<long>(type: "bigint", nullable: true),
                    state = table.Column<int>(type: "integer", nullable: false),
                    terminal = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    gate = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    business_rows = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flights", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "handoffs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversation_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    intent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    booking_reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    locale = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    note = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    conversation_reference = table.Column<byte[]>(type: "bytea", nullable: false),
                    opened_at = table.Column<long>(type: "bigint", nullable: false),
                    closed_at = table.Column<long>(type: "bigint", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handoffs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    conversation_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    received_at = table.Column<long>(type: "bigint", nullable: false),
                    processed_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "message_sentiments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    chat_channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    compound = table.Column<double>(type: "double precision", nullable: false),
                    label = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_sentiments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    conversation_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    next_attempt_at = table.Column<long>(type: "bigint", nullable: false),
                    sent_at = table.Column<long>(type: "bigint", nullable: true),
                    provider_message_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    error = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    delivery_status = table.Column<int>(type: "integer", nullable: true),
                    delivery_updated_at = table.Column<long>(type: "bigint", nullable: true),
                    error_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    parts_sent = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    lease_owner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    lease_until = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "states",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_states", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "broadcast_consents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subscriber_id = table.Column<long>(type: "bigint", nullable: false),
                    topic = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    granted = table.Column<bool>(type: "boolean", nullable: false),
                    wording_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    wording = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    source = table.Column<int>(type: "integer", nullable: false),
                    evidence = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    recorded_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_consents", x => x.id);
                    table.ForeignKey(
                        name: "FK_broadcast_consents_broadcast_subscribers_subscriber_id",
                        column: x => x.subscriber_id,
                        principalTable: "broadcast_subscribers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "broadcast_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    subscriber_id = table.Column<long>(type: "bigint", nullable: false),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    due_at = table.Column<long>(type: "bigint", nullable: false),
                    deferrals = table.Column<int>(type: "integer", nullable: false),
                    outbox_id = table.Column<long>(type: "bigint", nullable: true),
                    reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_broadcast_deliveries_broadcast_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "broadcast_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_broadcast_deliveries_broadcast_subscribers_subscriber_id",
                        column: x => x.subscriber_id,
                        principalTable: "broadcast_subscribers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    flight_id = table.Column<int>(type: "integer", nullable: false),
                    cabin = table.Column<int>(type: "integer", nullable: false),
                    fare = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bookings", x => x.id);
                    table.ForeignKey(
                        name: "FK_bookings_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "broadcast_subscriptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subscriber_id = table.Column<long>(type: "bigint", nullable: false),
                    topic = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    consent_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    ended_at = table.Column<long>(type: "bigint", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_subscriptions", x => x.id);
                    table.ForeignKey(
                        name: "FK_broadcast_subscriptions_broadcast_consents_consent_id",
                        column: x => x.consent_id,
                        principalTable: "broadcast_consents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_broadcast_subscriptions_broadcast_subscribers_subscriber_id",
                        column: x => x.subscriber_id,
                        principalTable: "broadcast_subscribers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "passengers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    booking_id = table.Column<int>(type: "integer", nullable: false),
                    first_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    last_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    checked_in_at = table.Column<long>(type: "bigint", nullable: true),
                    boarding_pass_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    boarding_group = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_passengers", x => x.id);
                    table.ForeignKey(
                        name: "FK_passengers_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bag_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    passenger_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bag_reports", x => x.id);
                    table.ForeignKey(
                        name: "FK_bag_reports_passengers_passenger_id",
                        column: x => x.passenger_id,
                        principalTable: "passengers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "seats",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    flight_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    row = table.Column<int>(type: "integer", nullable: false),
                    letter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    cabin = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    extra_legroom = table.Column<bool>(type: "boolean", nullable: false),
                    passenger_id = table.Column<int>(type: "integer", nullable: true),
                    taken = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seats", x => x.id);
                    table.ForeignKey(
                        name: "FK_seats_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_seats_passengers_passenger_id",
                        column: x => x.passenger_id,
                        principalTable: "passengers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_arrivals_customer_key_conversation_ref",
                table: "arrivals",
                columns: new[] { "customer_key", "conversation_ref" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_attribution_answers_classifier_version",
                table: "attribution_answers",
                column: "classifier_version");

            migrationBuilder.CreateIndex(
                name: "IX_attribution_answers_customer_key",
                table: "attribution_answers",
                column: "customer_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_attribution_answers_status_answered_at",
                table: "attribution_answers",
                columns: new[] { "status", "answered_at" });

            migrationBuilder.CreateIndex(
                name: "IX_bag_reports_passenger_id",
                table: "bag_reports",
                column: "passenger_id");

            migrationBuilder.CreateIndex(
                name: "IX_bag_reports_reference",
                table: "bag_reports",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bookings_flight_id",
                table: "bookings",
                column: "flight_id");

            migrationBuilder.CreateIndex(
                name: "IX_bookings_reference",
                table: "bookings",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_campaigns_status_scheduled_at",
                table: "broadcast_campaigns",
                columns: new[] { "status", "scheduled_at" });

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_campaigns_trigger_key",
                table: "broadcast_campaigns",
                column: "trigger_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_consents_subscriber_id_topic_evidence",
                table: "broadcast_consents",
                columns: new[] { "subscriber_id", "topic", "evidence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_deliveries_campaign_id_status_channel_id_due_at",
                table: "broadcast_deliveries",
                columns: new[] { "campaign_id", "status", "channel_id", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_deliveries_campaign_id_subscriber_id",
                table: "broadcast_deliveries",
                columns: new[] { "campaign_id", "subscriber_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_deliveries_outbox_id",
                table: "broadcast_deliveries",
                column: "outbox_id");

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_deliveries_subscriber_id",
                table: "broadcast_deliveries",
                column: "subscriber_id");

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_subscribers_channel_id_user_id",
                table: "broadcast_subscribers",
                columns: new[] { "channel_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_subscriptions_consent_id",
                table: "broadcast_subscriptions",
                column: "consent_id");

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_subscriptions_subscriber_id_topic",
                table: "broadcast_subscriptions",
                columns: new[] { "subscriber_id", "topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_subscriptions_topic_status_subscriber_id",
                table: "broadcast_subscriptions",
                columns: new[] { "topic", "status", "subscriber_id" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_channel_id_bsuid",
                table: "contacts",
                columns: new[] { "channel_id", "bsuid" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_channel_id_user_id",
                table: "contacts",
                columns: new[] { "channel_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_conversations_conversation_key",
                table: "customer_conversations",
                column: "conversation_key");

            migrationBuilder.CreateIndex(
                name: "IX_flights_number_date",
                table: "flights",
                columns: new[] { "number", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_handoffs_closed_at_opened_at",
                table: "handoffs",
                columns: new[] { "closed_at", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "IX_handoffs_conversation_key",
                table: "handoffs",
                column: "conversation_key",
                unique: true,
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_channel_id_activity_id",
                table: "inbox",
                columns: new[] { "channel_id", "activity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_status_id",
                table: "inbox",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_message_sentiments_at",
                table: "message_sentiments",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_message_sentiments_chat_channel_activity_id",
                table: "message_sentiments",
                columns: new[] { "chat_channel", "activity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_message_sentiments_customer_key",
                table: "message_sentiments",
                column: "customer_key");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_conversation_key_id",
                table: "outbox",
                columns: new[] { "conversation_key", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_pending_conversation_key_id",
                table: "outbox",
                columns: new[] { "conversation_key", "id" },
                filter: "status = 0");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_provider_message_id",
                table: "outbox",
                column: "provider_message_id");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_status_next_attempt_at",
                table: "outbox",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_passengers_boarding_pass_token",
                table: "passengers",
                column: "boarding_pass_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_passengers_booking_id",
                table: "passengers",
                column: "booking_id");

            migrationBuilder.CreateIndex(
                name: "IX_seats_flight_id_code",
                table: "seats",
                columns: new[] { "flight_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_seats_passenger_id",
                table: "seats",
                column: "passenger_id",
                unique: true,
                filter: "passenger_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arrivals");

            migrationBuilder.DropTable(
                name: "attribution_answers");

            migrationBuilder.DropTable(
                name: "attribution_daily_counts");

            migrationBuilder.DropTable(
                name: "bag_reports");

            migrationBuilder.DropTable(
                name: "broadcast_deliveries");

            migrationBuilder.DropTable(
                name: "broadcast_sender_leases");

            migrationBuilder.DropTable(
                name: "broadcast_subscriptions");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "customer_conversations");

            migrationBuilder.DropTable(
                name: "handoffs");

            migrationBuilder.DropTable(
                name: "inbox");

            migrationBuilder.DropTable(
                name: "message_sentiments");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "seats");

            migrationBuilder.DropTable(
                name: "states");

            migrationBuilder.DropTable(
                name: "broadcast_campaigns");

            migrationBuilder.DropTable(
                name: "broadcast_consents");

            migrationBuilder.DropTable(
                name: "passengers");

            migrationBuilder.DropTable(
                name: "broadcast_subscribers");

            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "flights");
        }
    }
}
