namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary><c>POST /api/admin/broadcasts/subscribers/import</c>: every row must carry the consent it relies on.</summary>
public sealed record ImportRequest(List<ImportRow?>? Rows);
