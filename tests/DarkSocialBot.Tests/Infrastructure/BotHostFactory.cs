using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>
/// The real host over a real SQLite file of its own (deleted afterwards). Settings override appsettings.json;
/// <see cref="ConfigureServices"/> swaps real seams (time, the bot) where a test needs to.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotHostFactory(IDictionary<string, string?>? settings = null, string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"dsb-test-{Guid.NewGuid():N}.db");
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Outbox:FirstRetryDelay"] = "00:00:00.050",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            // Every test host is its own instance unless a test restarts one under the same name.
            ["Outbox:InstanceId"] = $"test-host-{Guid.NewGuid():N}",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string DatabasePath { get; }

    /// <summary>Extra service registrations applied after the host's own (replace time, bot, senders…).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Keeps the database file on dispose (to start a second host on it, as after a restart).</summary>
    public bool KeepDatabase { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services => ConfigureServices?.Invoke(services));
    }

    /// <summary>Replaces a singleton registration (all earlier ones) with <paramref name="instance"/>.</summary>
    public static void Replace<T>(IServiceCollection services, T instance) where T : class
    {
        services.RemoveAll<T>();
        services.AddSingleton(instance);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (KeepDatabase) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(DatabasePath + suffix); } catch (IOException) { }
        }
    }
}
