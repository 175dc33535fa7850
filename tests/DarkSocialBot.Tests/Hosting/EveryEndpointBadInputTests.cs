using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>
/// The product's rule, on every endpoint the host maps: a bad input gets a 4xx with its reason (a problem's detail or errors, or
/// a readable body), or the status its protocol prescribes; never a 5xx; and a refused request changes nothing in the database.
/// Endpoints come from the host's EndpointDataSource, so a new one is swept as soon as it is mapped.
/// </summary>
public sealed class EveryEndpointBadInputTests(EndpointSweepHost host, ITestOutputHelper output) : IClassFixture<EndpointSweepHost>
{
    [Fact]
    public void The_host_maps_the_endpoints_the_sweep_expects_to_cover()
    {
        var names = SweptEndpoint.All(host.Factory.Services).Select(e => e.Name).ToList();
        output.WriteLine($"{names.Count} endpoint methods:\n{string.Join('\n', names.Order(StringComparer.Ordinal))}");

        Assert.NotEmpty(names);
        foreach (var expected in new[] { "POST /api/messages", "POST /api/twilio", "POST /api/twilio/status", "GET /api/meta", "POST /api/meta",
            "GET /healthz", "POST /api/admin/broadcasts/campaigns", "DELETE /api/admin/customers/{channel}/{userId}", "POST /api/webchat/conversations" })
            Assert.Contains(expected, names);
    }

    [Fact]
    public async Task Every_endpoint_answers_bad_route_query_and_body_input_with_a_4xx_and_its_reason_and_changes_nothing()
    {
        var (probes, failures) = await new EndpointSweep(host, output).BadInputAsync();

        Assert.True(failures.Count == 0, $"{failures.Count} of {probes} bad requests broke the rule:\n" + string.Join('\n', failures.Take(150)));
    }

    [Fact]
    public async Task Every_admin_endpoint_refuses_a_missing_or_wrong_key_with_401_and_its_reason_even_with_a_bad_body()
    {
        var endpoints = SweptEndpoint.All(host.Factory.Services).Where(e => e.Admin).ToList();
        Assert.NotEmpty(endpoints);
        string?[] authorizations =
        [
            null, "Bearer wrong-key", "Bearer ", "Bearer", "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes(EndpointSweepHost.AdminKey)),
            "bearer " + EndpointSweepHost.AdminKey + "x", "Bearer " + new string('k', 8000), EndpointSweepHost.AdminKey, "Bearer a b c",
        ];
        var failures = new List<string>();
        var sweep = new EndpointSweep(host, output);
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.Path(name => host.RouteValue(endpoint.Pattern, name));
            foreach (var authorization in authorizations)
                foreach (var body in new[] { null, "{", "[1]" })
                {
                    var probe = new Probe($"Authorization: {BadInputs.Abbreviate(authorization ?? "(none)")}, body {body ?? "(none)"}", path,
                        body is null ? null : Encoding.UTF8.GetBytes(body), body is null ? null : "application/json", true);
                    await sweep.CheckAsync(endpoint, probe, failures, authorization: authorization ?? "", expected: 401);
                }
            foreach (var link in new[] { "expires=abc&signature=x", "expires=99999999999999999999&signature=x", "signature=", "expires=1&signature=%FF%FE",
                "expires=-1&expires=2&signature=x" })
                await sweep.CheckAsync(endpoint, new Probe($"a forged link ({link})", $"{path}?{link}", null, null, true), failures, authorization: "", expected: 401);
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Webhooks_refuse_a_missing_or_wrong_signature_with_403_whatever_the_body_and_store_nothing()
    {
        var webhooks = SweptEndpoint.All(host.Factory.Services)
            .Where(e => e.Name == "POST /api/meta" || e.Pattern.StartsWith("/api/twilio", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, webhooks.Count);
        var failures = new List<string>();
        var sweep = new EndpointSweep(host, output);
        foreach (var endpoint in webhooks)
        {
            var twilio = endpoint.Pattern.StartsWith("/api/twilio", StringComparison.Ordinal);
            var header = twilio ? "X-Twilio-Signature" : "X-Hub-Signature-256";
            var good = twilio ? WebhookBadInputs.TwilioSample("SMunsigned0000000000000000000001") : WebhookBadInputs.MetaSample("m_unsigned");
            foreach (var body in new[] { good, "", "{", "%zz&&=" })
                foreach (var signature in new[] { null, "", "sha256=", "sha256=zz", "x", new string('a', 5000), "sha1=" + new string('0', 40) })
                {
                    var probe = new Probe($"{header}: {BadInputs.Abbreviate(signature ?? "(none)")}, body {BadInputs.Abbreviate(body)}", endpoint.Pattern,
                        Encoding.UTF8.GetBytes(body), twilio ? "application/x-www-form-urlencoded" : "application/json", true);
                    await sweep.CheckAsync(endpoint, probe, failures, signature: (header, signature), expected: 403);
                }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

}
