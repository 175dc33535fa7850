using System.Text;
using DarkSocialBot.Channels.Meta;

namespace DarkSocialBot.Tests.Channels.Meta;

public sealed class MetaSignatureTests
{
    /// <summary>botbuilder-dotnet's Files/RequestResponse.json, 519 bytes with CRLF line endings.</summary>
    private static readonly byte[] BotBuilderBody = Encoding.UTF8.GetBytes(string.Join("\r\n",
        "{",
        "  \"object\": \"page\",",
        "  \"entry\": [",
        "    {",
        "      \"id\": \"123123123\",",
        "      \"time\": 1570649960485,",
        "      \"messaging\": [",
        "        {",
        "          \"sender\": {",
        "            \"id\": \"123123123\"",
        "          },",
        "          \"recipient\": {",
        "            \"id\": \"123123123\"",
        "          },",
        "          \"timestamp\": 1570649960249,",
        "          \"message\": {",
        "            \"mid\": \"Q3znCzp31iKkarGcToiQWSJGtmSVjUPs7GtwB7WEjVRcg9MxG8TT09Z0wimdrcCHxQCRpMSKZcHBthhqXsonoA\",",
        "            \"text\": \"asd\"",
        "          }",
        "        }",
        "      ]",
        "    }",
        "  ]",
        "}"));

    [Fact]
    public void Botbuilder_vector_validates_with_upper_case_hex()
    {
        Assert.Equal(519, BotBuilderBody.Length);
        Assert.True(MetaSignature.IsValid("TestAppSecret", "sha256=13870D954C7CB3A6725C7C8DC58260E6EEE77D538DAFEA1A3703DCC2AE21E97F", BotBuilderBody));
    }

    [Fact]
    public void Same_file_with_lf_line_endings_has_another_signature()
    {
        var lf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(BotBuilderBody).Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.False(MetaSignature.IsValid("TestAppSecret", "sha256=13870D954C7CB3A6725C7C8DC58260E6EEE77D538DAFEA1A3703DCC2AE21E97F", lf));
        Assert.StartsWith("sha256=db79bfc0", MetaSignature.Compute("TestAppSecret", lf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz")]
    [InlineData("sha1=13870D954C7CB3A6725C7C8DC58260E6EEE77D53")]
    [InlineData("13870D954C7CB3A6725C7C8DC58260E6EEE77D538DAFEA1A3703DCC2AE21E97F")]
    public void Malformed_headers_are_invalid(string? header)
    {
        Assert.False(MetaSignature.IsValid("TestAppSecret", header, BotBuilderBody));
    }

    [Fact]
    public void Case16_escaped_raw_body_validates_only_as_received()
    {
        var raw = Encoding.UTF8.GetBytes("""{"text":"caf\u00e9 \/ ok"}""");
        var reserialised = Encoding.UTF8.GetBytes("""{"text":"café / ok"}""");

        Assert.True(MetaSignature.IsValid("test_app_secret", MetaSignature.Compute("test_app_secret", raw), raw));
        Assert.False(MetaSignature.IsValid("test_app_secret", MetaSignature.Compute("test_app_secret", reserialised), raw));
    }
}
