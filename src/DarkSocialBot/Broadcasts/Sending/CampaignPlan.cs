using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>A running campaign as the sender needs it (its content never changes once created).</summary>
internal sealed record CampaignPlan(long Id, string Topic, ConsentPurpose Purpose, CampaignContent Content);
