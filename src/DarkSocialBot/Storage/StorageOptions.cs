using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Storage;

/// <summary>Section <c>Storage</c>: which database and where.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default, zero set-up) or <c>PostgreSql</c> (several hosts sharing one database).</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/darksocialbot.db";

    public bool IsPostgreSql => string.Equals(Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase);
}
