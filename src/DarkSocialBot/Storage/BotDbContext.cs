using DarkSocialBot.Airline;
using DarkSocialBot.Handoffs;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Storage;

public class BotDbContext : DbContext
{
    public BotDbContext(DbContextOptions<BotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="PostgreSqlMigrationContext"/>: the same model under another context type.</summary>
    protected BotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<InboxEntry> Inbox => Set<InboxEntry>();
    public DbSet<StateEntry> States => Set<StateEntry>();
    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();
    public DbSet<AttributionAnswerEntry> AttributionAnswers => Set<AttributionAnswerEntry>();
    public DbSet<AttributionDailyCount> AttributionDailyCounts => Set<AttributionDailyCount>();
    public DbSet<ArrivalEntry> Arrivals => Set<ArrivalEntry>();
    public DbSet<SentimentEntry> Sentiments => Set<SentimentEntry>();
    public DbSet<ConversationLink> ConversationLinks => Set<ConversationLink>();
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<BroadcastDelivery> BroadcastDeliveries => Set<BroadcastDelivery>();
    public DbSet<SenderLease> SenderLeases => Set<SenderLease>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Handoff> Handoffs => Set<Handoff>();
    public DbSet<DemoFlight> Flights => Set<DemoFlight>();
    public DbSet<DemoSeat> Seats => Set<DemoSeat>();
    public DbSet<DemoBooking> Bookings => Set<DemoBooking>();
    public DbSet<DemoPassenger> Passengers => Set<DemoPassenger>();
    public DbSet<BagReport> BagReports => Set<BagReport>();
    public DbSet<ProviderDeletion> ProviderDeletions => Set<ProviderDeletion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as UTC ticks: sortable and comparable in SQL on SQLite as well as PostgreSQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
