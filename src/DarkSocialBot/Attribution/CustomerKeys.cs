using System.Security.Cryptography;
using DarkSocialBot.Core.Privacy;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Keyed pseudonyms of customers (HMAC-SHA256 of channel and user id) and of conversations: stable for a key, not reversible
/// without it. The key comes from <c>Attribution:PseudonymKey</c>, or is generated once into <c>Attribution:PseudonymKeyFile</c>
/// (owner-only permissions). The key is never logged.
/// </summary>
public sealed partial class CustomerKeys
{
    private readonly Pseudonymizer _pseudonymizer;

    public CustomerKeys(IOptions<AttributionOptions> options, ILogger<CustomerKeys> logger)
    {
        var configured = options.Value.PseudonymKey;
        _pseudonymizer = string.IsNullOrWhiteSpace(configured)
            ? Pseudonymizer.FromBase64(LoadOrCreate(Path.GetFullPath(options.Value.PseudonymKeyFile), logger))
            : Pseudonymizer.FromBase64(configured.Trim());
    }

    /// <summary>The customer's pseudonym: what exports and reports show instead of their id or phone number.</summary>
    public string Customer(string? channelId, string? userId) => _pseudonymizer.Pseudonymize($"{channelId}:{userId}");

    /// <summary>A conversation's pseudonym (conversation ids are phone numbers on SMS).</summary>
    public string Conversation(string? channelId, string? conversationId) => _pseudonymizer.Pseudonymize($"{channelId}:conversation:{conversationId}");

    private static string LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            // Two hosts starting together: the first move wins, the other reads the winner's key.
            File.Move(temporary, path, overwrite: false);
            LogGenerated(logger, path);
        }
        catch (IOException)
        {
            File.Delete(temporary);
        }
        return File.ReadAllText(path).Trim();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Attribution:PseudonymKey configured: generated one into {Path}. Keep that file apart from backups of the data, and configure the key for hosts sharing a database")]
    private static partial void LogGenerated(ILogger logger, string path);
}
