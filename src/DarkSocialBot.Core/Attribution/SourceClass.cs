namespace DarkSocialBot.Core.Attribution;

/// <summary>Visibility class of a source (protocols/attribution.md): who can see the share that brought the customer.</summary>
public enum SourceClass
{
    /// <summary>Private sharing analytics cannot see: word of mouth, messaging apps, forwarded email, private communities.</summary>
    Dark,
    /// <summary>Public, earned or organic: social posts, creators, podcasts, press, reviews, AI assistants, search.</summary>
    Public,
    /// <summary>Bought media: ads, sponsored content, offline media, sponsored events.</summary>
    Paid,
    /// <summary>The brand's own channels: newsletter, app, website, store, existing customers.</summary>
    Owned,
    /// <summary>Other, don't remember, or nothing usable.</summary>
    Unclassified,
}
