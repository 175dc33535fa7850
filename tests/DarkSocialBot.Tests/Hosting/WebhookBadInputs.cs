using System.Globalization;
using System.Text;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>
/// Bad inputs in each provider's own shape, signed as the provider would sign them (the signature only proves who sent it:
/// the body is still read). The providers' protocols answer a message they cannot use with 200, so these must only never
/// get a 5xx, nor leave a trace when refused.
/// </summary>
public static class WebhookBadInputs
{
    private const string Form = "application/x-www-form-urlencoded";

    public static string TwilioSample(string sid) =>
        $"MessageSid={sid}&AccountSid=AC{new string('c', 32)}&From=%2B14155550100&To=%2B14155238886&Body=hello&NumMedia=0";

    public static IEnumerable<Probe> Twilio(string path)
    {
        var n = 0;
        string Sid() => $"SMsweep{Interlocked.Increment(ref n).ToString("D26", CultureInfo.InvariantCulture)}";
        string[] forms = path.EndsWith("/status", StringComparison.Ordinal)
            ?
            [
                "MessageSid=SMunknown&MessageStatus=bogus", "MessageSid=&MessageStatus=delivered", "MessageStatus=delivered",
                "MessageSid=SMunknown&MessageStatus=failed&ErrorCode=abc", "MessageSid=SMunknown&MessageStatus=failed&ErrorCode=21610&To=notaphone",
                "MessageSid=SMunknown&MessageStatus=undelivered&ErrorCode=99999999999999999999&To=%2B1", "MessageSid=" + new string('S', 5000) + "&MessageStatus=sent",
                "MessageSid=%FF%FE&MessageStatus=read", "MessageSid=SM1&MessageStatus=%00", "&&==&", "=", "%zz", "MessageSid=SM1&MessageSid=SM2&MessageStatus=sent",
            ]
            :
            [
                TwilioSample(Sid()).Replace("NumMedia=0", "NumMedia=abc", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("NumMedia=0", "NumMedia=-1", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("NumMedia=0", "NumMedia=99999999999999999999", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("NumMedia=0", "NumMedia=11", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("NumMedia=0", "NumMedia=2&MediaUrl0=notaurl&MediaContentType0=&MediaUrl1=javascript%3Aalert(1)", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("From=%2B14155550100", "From=", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("From=%2B14155550100", "From=notaphone", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("From=%2B14155550100", "From=%2B999999999999999999999", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("From=%2B14155550100", "From=whatsapp%3A", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("From=%2B14155550100", "From=whatsapp%3A" + new string('9', 300), StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("To=%2B14155238886", "To=", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("Body=hello", "Body=%FF%FE", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("Body=hello", "Body=%zz", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("Body=hello", "Body=%00%01", StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("Body=hello", "Body=" + new string('x', 100_000), StringComparison.Ordinal),
                TwilioSample(Sid()).Replace("Body=hello", "Body=hello&Body=again&ButtonPayload=" + new string('p', 5000), StringComparison.Ordinal),
                TwilioSample(Sid()) + "&Latitude=abc&Longitude=999",
                TwilioSample("") , "MessageSid=" + new string('S', 5000) + "&From=%2B14155550100&To=%2B14155238886&Body=x",
                "&&==&", "=", "%zz", "a",
            ];
        foreach (var form in forms)
            yield return new Probe($"form {BadInputs.Abbreviate(form)}", path, Encoding.UTF8.GetBytes(form), Form, false);
        yield return new Probe("form with raw bytes that are not UTF-8", path, [.. Encoding.UTF8.GetBytes(TwilioSample(Sid()) + "&Body="), 0xFF, 0xC3], Form, false);
    }

    public static string MetaSample(string mid) => Channels.Meta.MetaFixture.Messenger(mid, "hello");

    public static IEnumerable<Probe> Meta(string path)
    {
        const string Page = "{\"object\":\"page\",\"entry\":";
        const string Item = "{\"sender\":{\"id\":\"PSID_9\"},\"recipient\":{\"id\":\"PAGE_ID\"},\"timestamp\":1700000000000,";
        const string WhatsApp = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"W\",\"changes\":[{\"field\":\"messages\",\"value\":";
        string[] bodies =
        [
            "{}", "{\"object\":5}", "{\"object\":null}", Page + "\"x\"}", Page + "[5]}", Page + "[{\"messaging\":\"x\"}]}", Page + "[{\"messaging\":[5,null]}]}",
            Page + "[{\"messaging\":[{\"sender\":5,\"recipient\":[],\"message\":{\"mid\":\"m1\",\"text\":\"x\"}}]}]}",
            Page + "[{\"messaging\":[{\"sender\":{\"id\":5},\"recipient\":{\"id\":{}},\"message\":{\"mid\":\"m2\",\"text\":\"x\"}}]}]}",
            Page + "[{\"messaging\":[" + Item.Replace("1700000000000", "\"abc\"", StringComparison.Ordinal) + "\"message\":{\"mid\":\"m3\",\"text\":\"x\"}}]}]}",
            Page + "[{\"messaging\":[" + Item.Replace("1700000000000", "1e400", StringComparison.Ordinal) + "\"message\":{\"mid\":\"m4\",\"text\":\"x\"}}]}]}",
            Page + "[{\"messaging\":[" + Item.Replace("1700000000000", "99999999999999999999", StringComparison.Ordinal) + "\"message\":{\"mid\":\"m5\",\"text\":\"x\"}}]}]}",
            Page + "[{\"messaging\":[" + Item.Replace("1700000000000", "-99999999999999", StringComparison.Ordinal) + "\"message\":{\"mid\":\"m6\",\"text\":\"x\"}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"message\":{\"mid\":5,\"text\":{}}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"message\":{\"mid\":\"m7\",\"quick_reply\":{\"payload\":{}},\"attachments\":\"x\"}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"message\":{\"mid\":\"m8\",\"attachments\":[5,{\"type\":5,\"payload\":{\"url\":\"notaurl\"}},{\"type\":\"image\",\"payload\":\"x\"}]}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"message\":{\"mid\":\"m9\",\"sticker_id\":{}}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"delivery\":{\"mids\":\"x\",\"watermark\":\"abc\"}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"delivery\":{\"mids\":[5,null,\"\"]}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"postback\":{\"payload\":{},\"title\":5}}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"referral\":\"x\"}]}]}",
            Page + "[{\"messaging\":[" + Item + "\"message\":{\"mid\":\"m10\",\"text\":\"" + new string('x', 100_000) + "\"}}]}]}",
            WhatsApp + "\"x\"}]}]}", WhatsApp + "{\"statuses\":\"x\"}}]}]}",
            WhatsApp + "{\"statuses\":[{\"id\":5,\"status\":\"bogus\",\"timestamp\":\"abc\",\"errors\":[{\"code\":\"x\"}]}]}}]}]}",
            WhatsApp + "{\"statuses\":[{\"id\":\"wamid.x\",\"status\":\"failed\",\"timestamp\":\"99999999999999999999\",\"errors\":\"x\"}]}}]}]}",
            WhatsApp + "{\"metadata\":5,\"contacts\":\"x\",\"messages\":[{\"from\":5,\"id\":null,\"timestamp\":\"abc\",\"type\":\"text\",\"text\":\"x\"}]}}]}]}",
            WhatsApp + "{\"messages\":[{\"from\":\"14155550199\",\"id\":\"wamid.s1\",\"timestamp\":\"-1\",\"type\":\"interactive\",\"interactive\":\"x\"}]}}]}]}",
            WhatsApp + "{\"messages\":[{\"from\":\"14155550199\",\"id\":\"wamid.s2\",\"timestamp\":\"1e400\",\"type\":\"location\",\"location\":{\"latitude\":\"x\"}}]}}]}]}",
            WhatsApp + "{\"messages\":[{\"from\":\"" + new string('9', 500) + "\",\"id\":\"wamid.s3\",\"type\":\"button\",\"button\":{\"payload\":{}}}]}}]}]}",
            WhatsApp + "{\"messages\":[{\"from\":\"14155550199\",\"id\":\"wamid.s4\",\"type\":\"text\",\"text\":{\"body\":\"\\ud800\"}}]}}]}]}",
        ];
        foreach (var body in bodies)
            yield return new Probe($"batch {BadInputs.Abbreviate(body)}", path, Encoding.UTF8.GetBytes(body), "application/json", false);
    }

    public static IEnumerable<Probe> MetaVerification(string path)
    {
        string[] queries =
        [
            "", "hub.mode=subscribe", "hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1",
            $"hub.mode=subscribe&hub.verify_token={EndpointSweepHost.MetaVerifyToken}&hub.challenge=" + new string('9', 5000),
            $"hub.mode=subscribe&hub.verify_token={EndpointSweepHost.MetaVerifyToken}",
            $"hub.mode=unsubscribe&hub.verify_token={EndpointSweepHost.MetaVerifyToken}&hub.challenge=1",
            $"hub.mode=subscribe&hub.verify_token={EndpointSweepHost.MetaVerifyToken}&hub.verify_token=x&hub.challenge=1",
            "hub.mode=subscribe&hub.verify_token=%FF%FE&hub.challenge=%00", "hub.verify_token=" + new string('t', 5000),
        ];
        foreach (var query in queries)
            yield return new Probe($"verification {BadInputs.Abbreviate(query)}", $"{path}?{query}", null, null, query.Contains("challenge=9999", StringComparison.Ordinal) || query.Contains("wrong", StringComparison.Ordinal));
    }
}
