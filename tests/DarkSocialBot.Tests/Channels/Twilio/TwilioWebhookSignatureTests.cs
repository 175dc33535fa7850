using System.Net;
using System.Text;
using DarkSocialBot.Channels.Twilio;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>Conformance cases 1-9 (channels.md §5) over HTTP on the real host: the signed URL is Twilio:PublicBaseUrl + path and query.</summary>
public sealed class TwilioWebhookSignatureTests
{
    private static readonly (string, string)[] T1Params =
        [("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675310"), ("Digits", "1234"), ("From", "+14158675310"), ("To", "+18005551212")];

    private static (string, string)[] T2Params(string digits = "1234") =>
        [("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", digits), ("From", "+14158675309"), ("To", "+18005551212")];

    private static Dictionary<string, string?> AtMyAppPhp() => new() { ["Twilio:InboundPath"] = "/myapp.php" };

    [Fact]
    public async Task Case1_docs_vector_T1_is_accepted_with_an_empty_twiml_answer()
    {
        await using var twilio = await TwilioFixture.StartAsync("https://example.com", AtMyAppPhp());

        var response = await twilio.PostAsync("/myapp.php?foo=1&bar=2", T1Params, "L/OH5YylLD5NRKLltdqwSvS0BnU=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Twiml.Empty, await response.Content.ReadAsStringAsync());
        // T1 is a voice payload (CallSid, no MessageSid): validated and acknowledged, but it is not a message to answer.
        Assert.Equal(0, await twilio.InboxCountAsync());
    }

    [Theory]
    [InlineData("https://mycompany.com", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com:443", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com:80", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("http://mycompany.com:1234", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("https://mycompany.com:1234", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("https://mycompany.com:1234", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://MyCompany.com", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    public async Task Case2_sdk_vectors_T2_to_T7_validate_with_their_port_variants(string publicBaseUrl, string signature)
    {
        await using var twilio = await TwilioFixture.StartAsync(publicBaseUrl, AtMyAppPhp());

        var response = await twilio.PostAsync("/myapp.php?foo=1&bar=2", T2Params(), signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Case3_4_5_tampered_parameter_url_wrong_token_or_missing_header_get_403_and_nothing_runs()
    {
        await using var twilio = await TwilioFixture.StartAsync("https://mycompany.com", AtMyAppPhp());
        const string signature = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
        var message = TwilioFixture.Sms("hello", "SM" + new string('1', 32));
        var wrongToken = TwilioTestSigner.Sign("54321", "https://mycompany.com/myapp.php", message);

        var responses = new[]
        {
            await twilio.PostAsync("/myapp.php?foo=1&bar=2", T2Params(digits: "1235"), signature),
            await twilio.PostAsync("/myapp.php?foo=1&bar=2&somethingUnexpected=true", T2Params(), signature),
            await twilio.PostAsync("/myapp.php", message, wrongToken),
            await twilio.PostAsync("/myapp.php", message, withoutSignature: true),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(0, await twilio.InboxCountAsync());
        Assert.Empty(twilio.Bot.Received);
        Assert.Null(await twilio.ContactAsync("twilio-sms", "+14155550100"));
    }

    [Fact]
    public async Task Case6_computed_whatsapp_form_is_decoded_validated_and_processed()
    {
        await using var twilio = await TwilioFixture.StartAsync("https://bot.example.com", new() { ["Twilio:InboundPath"] = "/twilio/inbound" });
        var sid = "SM" + new string('b', 32);
        var body = "AccountSid=AC" + new string('a', 32) + "&ApiVersion=2010-04-01&Body=Hi%2C+where+is+my+order%3F&From=whatsapp%3A%2B14155550100"
            + $"&MessageSid={sid}&NumMedia=0&NumSegments=1&ProfileName=Ana&SmsMessageSid={sid}&SmsSid={sid}&SmsStatus=received"
            + "&To=whatsapp%3A%2B14155238886&WaId=14155550100";

        var response = await twilio.PostRawAsync("/twilio/inbound", Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded", "rj9Qh7bfylD3J8Ky/s7w+H/zBb8=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(await twilio.Bot.WaitForAsync(1));
        Assert.Equal("Hi, where is my order?", received.Text);
        Assert.Equal(sid, received.Id);
    }

    [Fact]
    public async Task Case7_unknown_and_empty_parameters_are_covered_by_the_signature()
    {
        await using var twilio = await TwilioFixture.StartAsync();
        (string, string)[] form = [.. TwilioFixture.Sms("", "SM" + new string('7', 32)), ("NeverSeenBefore", "surprise value"), ("AddOns", "")];

        var response = await twilio.PostAsync("/api/twilio", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(await twilio.Bot.WaitForAsync(1));
        Assert.Equal("", received.Text);
        Assert.Equal("surprise value", received.ChannelData!.Value.GetProperty("NeverSeenBefore").GetString());
    }

    [Theory]
    [InlineData("/myapp.php?foo=1&bar=2&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620", "{\"property\": \"value\", \"boolean\": true}", "a9nBmqA0ju/hNViExpshrM61xv4=")]
    [InlineData("/myapp.php?bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620", "{\"property\": \"value\", \"boolean\": true}", "y77kIzt2vzLz71DgmJGsen2scGs=")]
    [InlineData("/myapp.php?foo=1&bar=2&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", "{}", "Ldidvp12m26NI7eqEvxnEpkd9Hc=")]
    public async Task Case8_json_bodies_T11_to_T13_validate_and_a_changed_byte_is_refused(string pathAndQuery, string body, string signature)
    {
        await using var twilio = await TwilioFixture.StartAsync("https://mycompany.com", AtMyAppPhp());

        var valid = await twilio.PostRawAsync(pathAndQuery, Encoding.UTF8.GetBytes(body), "application/json", signature);
        var tampered = await twilio.PostRawAsync(pathAndQuery, Encoding.UTF8.GetBytes(body.Replace("}", " }", StringComparison.Ordinal)), "application/json", signature);

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
    }

    [Theory]
    [InlineData("MessagingBinding.Address=%2B1415xxxxxxx&MessagingBinding.Address=%2B1325xxxxxxx", "83O6e2vORAoJHUNzJjDWN1jz+BA=")]
    [InlineData("MessagingBinding.Address=%2B1325xxxxxxx&MessagingBinding.Address=%2B1415xxxxxxx", "83O6e2vORAoJHUNzJjDWN1jz+BA=")]
    [InlineData("Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234", "IK+Dwps556ElfBT0I3Rgjkr1wJU=")]
    [InlineData("Digits=1234&Sid=CA123&Digits=1234&SidAccount=AC123&Digits=5678", "IK+Dwps556ElfBT0I3Rgjkr1wJU=")]
    public async Task Case9_repeated_keys_T9_T10_validate_in_any_order(string body, string signature)
    {
        await using var twilio = await TwilioFixture.StartAsync("https://mycompany.com", AtMyAppPhp());

        var response = await twilio.PostRawAsync("/myapp.php?foo=1&bar=2", Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded", signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
