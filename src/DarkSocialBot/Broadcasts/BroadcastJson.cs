using System.Text.Json;
using System.Text.Json.Serialization;
using DarkSocialBot.Broadcasts.Campaigns;

namespace DarkSocialBot.Broadcasts;

/// <summary>Source-generated JSON for the campaign documents stored in the database and read on the send path.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CampaignSegment))]
[JsonSerializable(typeof(CampaignContent))]
internal sealed partial class BroadcastJson : JsonSerializerContext;
