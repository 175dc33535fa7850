using System.Xml.Linq;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>TwiML answers to Twilio webhooks, served as <c>text/xml</c> (a non-XML type earns warning 12300).</summary>
public static class Twiml
{
    public const string ContentType = "text/xml";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>"Nothing to say now": replies go out through the REST API, so every webhook answers this, at once.</summary>
    public const string Empty = Declaration + "<Response/>";

    /// <summary><c>&lt;Response&gt;&lt;Message&gt;…&lt;/Message&gt;&lt;/Response&gt;</c> with the texts escaped as XML.</summary>
    public static string Messages(IEnumerable<string> texts)
    {
        var response = new XElement("Response", texts.Select(text => new XElement("Message", text)));
        return Declaration + response.ToString(SaveOptions.DisableFormatting);
    }

    public static IResult EmptyResult() => Results.Text(Empty, ContentType, System.Text.Encoding.UTF8);
}
