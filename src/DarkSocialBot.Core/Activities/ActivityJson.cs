using System.Text.Json;
using System.Text.Json.Serialization;

namespace DarkSocialBot.Core.Activities;

/// <summary>Source-generated System.Text.Json metadata for the wire schema (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedRepliesResponse))]
public sealed partial class ActivityJson : JsonSerializerContext;

/// <summary>The body of a 200 answer to a <c>deliveryMode: expectReplies</c> activity.</summary>
public sealed record ExpectedRepliesResponse(IReadOnlyList<Activity> Activities);
