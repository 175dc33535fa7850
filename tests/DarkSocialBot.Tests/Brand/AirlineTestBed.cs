using DarkSocialBot.Airline;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Testing;
using DarkSocialBot.Dialogs;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Handoffs;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Brand;

/// <summary>
/// The brand's bot over the real demo airline and handoff desk on a SQLite file of its own, migrated and seeded at a fixed
/// moment: Saturday 14 March 2026, 10:00 in Paris (see DemoAirlineData: NM1234 tomorrow 09:25, NM880 today 12:30, …).
/// </summary>
internal sealed class AirlineTestBed : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"dsb-brand-{Guid.NewGuid():N}.db");
    private readonly PooledDbContextFactory<BotDbContext> _db;
    private readonly IEnumerable<Dialog> _extraDialogs;

    private AirlineTestBed(IEnumerable<Dialog> extraDialogs)
    {
        _extraDialogs = extraDialogs;
        Time = new FakeTimeProvider(Now);
        Time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        _db = new PooledDbContextFactory<BotDbContext>(new DbContextOptionsBuilder<BotDbContext>()
            .UseSqlite($"Data Source={_path}").AddInterceptors(new SqlitePragmas()).Options);
        Airline = new DemoAirline(_db, Options.Create(new AirlineOptions { PublicBaseUrl = "https://bot.example" }), Time);
        Desk = new HandoffDesk(_db, Options.Create(new HandoffOptions()), Time);
    }

    public FakeTimeProvider Time { get; }
    public DemoAirline Airline { get; }
    public HandoffDesk Desk { get; }
    public BrandTexts Texts { get; } = BrandTexts.Load();
    public IDbContextFactory<BotDbContext> Db => _db;

    public static async Task<AirlineTestBed> CreateAsync(params Dialog[] extraDialogs)
    {
        var bed = new AirlineTestBed(extraDialogs);
        await using (var db = await bed._db.CreateDbContextAsync())
            await db.Database.MigrateAsync();
        await new DemoAirlineSeeder(bed._db, Options.Create(new AirlineOptions()), bed.Time, NullLogger<DemoAirlineSeeder>.Instance)
            .SeedAsync(CancellationToken.None);
        return bed;
    }

    /// <summary>A customer on a channel: the brand's bot behind the handoff middleware, as the host runs it.</summary>
    /// <param name="airline">The brand's backend when not the demo airline as it is (a brand's API with data the demo lacks).</param>
    public TestClient Client(string locale = "en-US", string conversationId = "conversation-1", string userId = "user-1",
        IAirlineBackend? airline = null) =>
        new(new AirlineBot(airline ?? Airline, Desk, Texts, _extraDialogs), [new HandoffMiddleware(Desk, Texts)], Time, locale: locale)
        {
            ConversationId = conversationId,
            UserId = userId,
        };

    public async ValueTask DisposeAsync()
    {
        // This bed's pool only: clearing every pool of the process reached the databases of tests running beside it.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}"))
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(_path + suffix); } catch (IOException) { }
        }
    }
}
