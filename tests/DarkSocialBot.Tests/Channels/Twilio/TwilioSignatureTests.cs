using System.Text;
using DarkSocialBot.Channels.Twilio;

namespace DarkSocialBot.Tests.Channels.Twilio;

/// <summary>The published vectors T1-T13 of channels.md §1 (Auth Token 12345) and the computed cases 6, 7 and 9.</summary>
public sealed class TwilioSignatureTests
{
    private const string Token = "12345";
    private const string T2Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static Dictionary<string, List<string>> Form(params (string Name, string Value)[] pairs)
    {
        var form = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            if (!form.TryGetValue(name, out var values)) form[name] = values = [];
            values.Add(value);
        }
        return form;
    }

    internal static Dictionary<string, List<string>> T2Params() => Form(
        ("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "1234"), ("From", "+14158675309"), ("To", "+18005551212"));

    private static bool Valid(string signature, string url, Dictionary<string, List<string>> form, string body = "") =>
        TwilioSignature.IsValid(Token, signature, url, form, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void T1_docs_example_builds_the_documented_signing_string_and_signature()
    {
        var form = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675310"), ("Digits", "1234"), ("From", "+14158675310"), ("To", "+18005551212"));
        const string url = "https://example.com/myapp.php?foo=1&bar=2";

        Assert.Equal("https://example.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675310Digits1234From+14158675310To+18005551212",
            TwilioSignature.SigningString(url, form));
        Assert.Equal("L/OH5YylLD5NRKLltdqwSvS0BnU=", TwilioSignature.Compute(Token, url, form));
        Assert.True(Valid("L/OH5YylLD5NRKLltdqwSvS0BnU=", url, form));
    }

    [Theory]
    [InlineData("T2", "https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("T3", "https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("T3 via T2", "https://mycompany.com:443/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("T4", "http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("T4 with port", "http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("T5", "http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("T6", "https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("T6 port stripped", "https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("T7", "https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    public void Sdk_vectors_and_port_variants_validate(string vector, string url, string signature)
    {
        Assert.True(Valid(signature, url, T2Params()), vector);
    }

    [Fact]
    public void T7_host_case_is_kept_when_computing()
    {
        Assert.Equal("g9IN/x4Cft2g517EjYvEvM/W7LU=", TwilioSignature.Compute(Token, "https://MyCompany.com/myapp.php?foo=1&bar=2", T2Params()));
    }

    [Fact]
    public void T8_apostrophe_in_query_matches_only_through_the_normalized_url()
    {
        const string url = T2Url + "&Body=It's+amazing";

        Assert.Equal("dsq4Ehbj6cs+KdTkpF5sSSplOWw=", TwilioSignature.Compute(Token, url, T2Params()));
        Assert.Equal("TfZzewPq8wqrGlMfyAud8+/IvJ0=", TwilioSignature.Compute(Token, T2Url + "&Body=It%27s+amazing", T2Params()));
        Assert.True(Valid("TfZzewPq8wqrGlMfyAud8+/IvJ0=", url, T2Params()));
    }

    [Theory]
    [InlineData("+1415xxxxxxx", "+1325xxxxxxx")]
    [InlineData("+1325xxxxxxx", "+1415xxxxxxx")]
    public void T9_repeated_key_validates_whatever_the_value_order(string first, string second)
    {
        Assert.True(Valid("83O6e2vORAoJHUNzJjDWN1jz+BA=", T2Url, Form(("MessagingBinding.Address", first), ("MessagingBinding.Address", second))));
    }

    [Theory]
    [InlineData("5678", "1234", "1234")]
    [InlineData("1234", "5678", "1234")]
    [InlineData("1234", "1234", "5678")]
    public void T10_repeated_values_are_deduplicated_and_sorted(string a, string b, string c)
    {
        var form = Form(("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", a), ("Digits", b), ("Digits", c));
        Assert.True(Valid("IK+Dwps556ElfBT0I3Rgjkr1wJU=", T2Url, form));
    }

    [Theory]
    [InlineData("T11", T2Url + "&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620", "{\"property\": \"value\", \"boolean\": true}", "a9nBmqA0ju/hNViExpshrM61xv4=")]
    [InlineData("T12", "https://mycompany.com/myapp.php?bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620", "{\"property\": \"value\", \"boolean\": true}", "y77kIzt2vzLz71DgmJGsen2scGs=")]
    [InlineData("T13", T2Url + "&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", "{}", "Ldidvp12m26NI7eqEvxnEpkd9Hc=")]
    public void Json_body_vectors_validate_and_one_changed_byte_fails(string vector, string url, string body, string signature)
    {
        Assert.True(Valid(signature, url, [], body), vector);
        Assert.False(Valid(signature, url, [], body.Replace('}', ']')), vector + " tampered");
    }

    [Fact]
    public void T13_matches_only_the_port_443_variant()
    {
        const string url = T2Url + "&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        Assert.Equal("rw/jVviOgicj2+kHZULvebnA4ag=", TwilioSignature.Compute(Token, url, []));
        Assert.Equal("Ldidvp12m26NI7eqEvxnEpkd9Hc=", TwilioSignature.Compute(Token, url.Replace("mycompany.com", "mycompany.com:443", StringComparison.Ordinal), []));
    }

    [Fact]
    public void Tampered_parameter_url_or_token_is_invalid()
    {
        var tampered = T2Params();
        tampered["Digits"] = ["1235"];

        Assert.False(Valid("RSOYDt4T1cUTdK1PDd93/VVr8B8=", T2Url, tampered));
        Assert.False(Valid("RSOYDt4T1cUTdK1PDd93/VVr8B8=", T2Url + "&somethingUnexpected=true", T2Params()));
        Assert.False(TwilioSignature.IsValid("54321", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", T2Url, T2Params(), []));
        Assert.False(Valid("", T2Url, T2Params()));
    }

    [Fact]
    public void Case6_form_body_is_decoded_and_sorted_ordinally()
    {
        var body = "AccountSid=AC" + new string('a', 32) + "&ApiVersion=2010-04-01&Body=Hi%2C+where+is+my+order%3F&From=whatsapp%3A%2B14155550100"
            + "&MessageSid=SM" + new string('b', 32) + "&NumMedia=0&NumSegments=1&ProfileName=Ana&SmsMessageSid=SM" + new string('b', 32)
            + "&SmsSid=SM" + new string('b', 32) + "&SmsStatus=received&To=whatsapp%3A%2B14155238886&WaId=14155550100";
        var form = TwilioForm.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal("Hi, where is my order?", form.Value("Body"));
        Assert.Equal("whatsapp:+14155550100", form.Value("From"));
        Assert.True(Valid("rj9Qh7bfylD3J8Ky/s7w+H/zBb8=", "https://bot.example.com/twilio/inbound", form));
        Assert.Contains("Zeta1alpha2", TwilioSignature.SigningString("https://x", Form(("alpha", "2"), ("Zeta", "1"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Case7_unknown_and_empty_parameters_are_signed_too()
    {
        var form = TwilioForm.Parse("MessageSid=SM1&Body=&NeverSeenBefore=x%20y&From=%2B14155550100"u8);
        const string url = "https://bot.example.com/api/twilio";
        // Written out by hand, independently of the code under test: ordinal order, empty Body kept as "Body".
        var signingString = url + "Body" + "From+14155550100" + "MessageSidSM1" + "NeverSeenBeforex y";
        var signature = TwilioTestSigner.Sign(Token, signingString);

        Assert.Equal(signingString, TwilioSignature.SigningString(url, form));
        Assert.True(Valid(signature, url, form));
    }
}
