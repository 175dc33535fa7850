using System.Text.Json;

namespace DarkSocialBot.Core.Activities;

/// <summary>The HTTP answer to an <c>invoke</c> activity.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
