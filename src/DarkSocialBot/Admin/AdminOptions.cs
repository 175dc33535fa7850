namespace DarkSocialBot.Admin;

/// <summary>Section <c>Admin</c>: keys for the admin API (<c>Authorization: Bearer &lt;key&gt;</c>). No keys: the admin API refuses everyone.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public string[] ApiKeys { get; set; } = [];
}
