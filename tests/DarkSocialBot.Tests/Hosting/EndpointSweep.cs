using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>
/// Sends requests to the swept host and checks each answer against the rule: never a 5xx; the status a caller must get; a 4xx
/// with its reason (naming the field a value of the wrong type was in); and no row changed by a refused request.
/// </summary>
public sealed class EndpointSweep(EndpointSweepHost host, ITestOutputHelper output)
{
    /// <summary>A valid body per endpoint: sent first (it must be accepted, which proves the caller is let in and the body read), then corrupted field by field.</summary>
    private Dictionary<string, string> Samples() => new(StringComparer.Ordinal)
    {
        ["POST /api/admin/links"] = """{"path":"/api/admin/queues"}""",
        ["POST /api/admin/handoffs/{id:long}/messages"] = """{"text":"Hello, Sam here.","agentName":"Sam"}""",
        ["POST /api/admin/bag-reports/{id:int}/handled"] = """{"agentName":"Sam"}""",
        ["PUT /api/admin/airline/flights/{number}/{date}/status"] = """{"state":"Delayed","gate":"F40","estimatedDeparture":"DATET10:40"}""".Replace("DATE", host.FlightDate, StringComparison.Ordinal),
        ["POST /api/admin/broadcasts/audience"] = """{"topic":"offers","languages":["en"],"lastSeenWithinDays":30}""",
        ["POST /api/admin/broadcasts/campaigns"] = EndpointSweepHost.SampleCampaign(),
        ["POST /api/admin/broadcasts/subscribers/import"] = host.SampleImport("sweep-bob"),
        ["POST /api/admin/broadcasts/flight-status"] = """{"flightNumber":"NM1234","date":"DATE","status":"delayed","details":{"gate":"F40"}}""".Replace("DATE", host.FlightDate, StringComparison.Ordinal),
        ["POST /api/admin/attribution/classify"] = """{"text":"a friend told me on WhatsApp","locale":"en"}""",
        ["POST /api/admin/sentiment"] = """{"text":"I love it","locale":"en"}""",
        ["POST /api/webchat/conversations"] = """{"locale":"en-US"}""",
        ["POST /api/webchat/conversations/{conversationId}/messages"] = """{"text":"hello","locale":"en-US"}""",
        ["POST /api/messages"] = JsonSerializer.Serialize(Infrastructure.Activities.Message("hello", host.Provider.BaseUri, "sweep-conv"), Core.Activities.ActivityJson.Default.Activity),
        ["POST /api/meta"] = WebhookBadInputs.MetaSample("m_sweep_valid"),
        ["POST /api/twilio"] = WebhookBadInputs.TwilioSample("SMsweepvalid00000000000000000001"),
    };

    /// <summary>Every endpoint: its valid sample (which must be accepted), then every bad input; returns the failures.</summary>
    public async Task<(int Probes, List<string> Failures)> BadInputAsync()
    {
        var endpoints = SweptEndpoint.All(host.Factory.Services);
        Assert.NotEmpty(endpoints);
        var samples = Samples();
        var failures = new List<string>();
        var probes = 0;
        // Erasure last: it removes the customer the other endpoints' samples name.
        foreach (var endpoint in endpoints.OrderBy(e => e.Method == "DELETE"))
        {
            var method = new HttpMethod(endpoint.Method);
            var path = endpoint.Path(name => host.RouteValue(endpoint.Pattern, name));
            var sample = samples.GetValueOrDefault(endpoint.Name);
            var contentType = endpoint.Pattern.StartsWith("/api/twilio", StringComparison.Ordinal) ? "application/x-www-form-urlencoded" : "application/json";
            if (sample is not null)
                await CheckAsync(endpoint, new Probe("the valid sample", path, Encoding.UTF8.GetBytes(sample), contentType, false), failures, mustAccept: true);

            var all = BadInputs.Route(endpoint, name => host.RouteValue(endpoint.Pattern, name))
                .Concat(BadInputs.Query(endpoint, path))
                .Concat(endpoint.Pattern.StartsWith("/api/twilio", StringComparison.Ordinal) ? WebhookBadInputs.Twilio(path) : [])
                .Concat(endpoint.Name == "POST /api/meta" ? WebhookBadInputs.Meta(path) : [])
                .Concat(endpoint.Name == "GET /api/meta" ? WebhookBadInputs.MetaVerification(path) : [])
                .Concat(endpoint.Pattern.StartsWith("/api/twilio", StringComparison.Ordinal) ? [] : BadInputs.Bodies(endpoint, path, sample));
            foreach (var probe in all)
            {
                probes++;
                await CheckAsync(endpoint, probe, failures);
            }
        }
        output.WriteLine($"{endpoints.Count} endpoint methods, {probes} bad requests, {failures.Count} failures");
        return (probes, failures);
    }


    private Dictionary<string, string>? _fingerprint;

    public async Task CheckAsync(SweptEndpoint endpoint, Probe probe, List<string> failures, bool mustAccept = false, string? authorization = null,
        (string Header, string? Value)? signature = null, int? expected = null)
    {
        var label = $"{endpoint.Method} {BadInputs.Abbreviate(probe.PathAndQuery)} [{probe.Why}]";
        if (_fingerprint is null)
        {
            await host.QuietAsync();
            _fingerprint = await host.FingerprintAsync();
        }
        var before = _fingerprint;
        HttpResponseMessage response;
        try
        {
            response = await host.SendAsync(new HttpMethod(endpoint.Method), probe.PathAndQuery, probe.Body, probe.ContentType,
                admin: endpoint.Admin, authorization: authorization, sign: signature is null, header: signature);
        }
        catch (HttpRequestException ex)
        {
            failures.Add($"{label}: no answer ({ex.Message})");
            _fingerprint = null;
            return;
        }
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var what = $"{status} {BadInputs.Abbreviate(text.ReplaceLineEndings(" "))}";
        if (status >= 500) failures.Add($"{label}: {what}");
        else if (expected is { } wanted && status != wanted) failures.Add($"{label}: expected {wanted}, got {what}");
        else if (mustAccept && status >= 400) failures.Add($"{label}: the valid request was refused: {what}");
        else if (probe.MustRefuse && status < 400) failures.Add($"{label}: accepted ({what})");
        // Kestrel refuses a request target holding an encoded NUL before the host sees it: the protocol's bare 400.
        var refusedByServer = status == 400 && text.Length == 0 && probe.PathAndQuery.Split('?')[0].Contains("%00", StringComparison.Ordinal);
        if (status is >= 400 and < 500 && !refusedByServer && Reasonless(response, text) is { } missing) failures.Add($"{label}: {status} without a reason ({missing})");
        // A value of the wrong type is named by its JSON path ($.sendAt); one the endpoint's own checks refuse, by its name.
        if (probe is { MustRefuse: true, Field: { } field } && status == 400
            && !text.Contains(field, StringComparison.Ordinal) && !text.Contains(field[(field.LastIndexOf('.') + 1)..], StringComparison.Ordinal))
            failures.Add($"{label}: {what}, which does not name {field}");
        if (status < 400 && probe.Field is not null && !endpoint.IsWebhook) output.WriteLine($"accepted: {label}: {what}");
        if (status < 400)
        {
            _fingerprint = null; // what it started (a turn, replies) settles before the next fingerprint
            return;
        }
        var after = await host.FingerprintAsync();
        var changed = after.Where(t => !before.TryGetValue(t.Key, out var was) || was != t.Value).Select(t => t.Key).ToList();
        if (changed.Count > 0) failures.Add($"{label}: refused with {status} but changed {string.Join(", ", changed)}");
        _fingerprint = after;
    }

    /// <summary>Why a 4xx body does not say what was wrong, or null when it does.</summary>
    private static string? Reasonless(HttpResponseMessage response, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "empty body";
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true) return null;
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not an object";
            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(detail.GetString())) return null;
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.EnumerateObject().Any()) return null;
            return "a problem without detail or errors";
        }
        catch (JsonException)
        {
            return "JSON that does not parse";
        }
    }
}
