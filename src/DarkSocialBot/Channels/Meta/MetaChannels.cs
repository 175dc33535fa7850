namespace DarkSocialBot.Channels.Meta;

/// <summary>Channel ids of the Meta adapter.</summary>
public static class MetaChannels
{
    public const string Messenger = "meta-messenger";
    public const string WhatsApp = "meta-whatsapp";
}
