using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace DarkSocialBot.Attribution;

/// <summary>The query string of the attribution list, report and export, as given (validated by <see cref="AttributionFilter"/>).</summary>
public sealed record AttributionQuery(
    [FromQuery(Name = "from")][property: Description("Answered on or after this date (2026-11-01) or ISO 8601 date-time, UTC.")] string? From = null,
    [FromQuery(Name = "to")][property: Description("Answered before this date-time; a date alone includes that whole day.")] string? To = null,
    [FromQuery(Name = "channel")][property: Description("Share channel: whatsapp, messenger, sms, email, in_person, instagram…")] string? Channel = null,
    [FromQuery(Name = "class")][property: Description("dark, public, paid, owned or unclassified.")] string? Class = null,
    [FromQuery(Name = "source")][property: Description("Taxonomy code: WOM_FRIEND, MSG_WHATSAPP, PODCAST…")] string? Source = null,
    [FromQuery(Name = "language")][property: Description("Language of the conversation: en, fr.")] string? Language = null,
    [FromQuery(Name = "chatChannel")][property: Description("Channel id the conversation was on: web, twilio-whatsapp, twilio-sms, meta-whatsapp, meta-messenger, webchat, emulator…")] string? ChatChannel = null,
    [FromQuery(Name = "page")][property: Description("Page number, from 1 (list only).")] string? Page = null,
    [FromQuery(Name = "pageSize")][property: Description("Rows per page, 1 to 500 (list only).")] string? PageSize = null);
