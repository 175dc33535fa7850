using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Bench.Broadcasts;

// Broadcast benchmark: enqueue 100,000; deliver at an unlimited rate; hold 80 msg/s for a minute. See bench/README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
const int Enqueued = 100_000, Unlimited = 20_000, Paced = 6_000;
var root = FindRoot(AppContext.BaseDirectory);
var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
var hostDll = Path.Combine(root, "src", "DarkSocialBot", "bin", configuration, "net10.0", "DarkSocialBot.dll");
var database = Path.Combine(Path.GetTempPath(), $"dsb-bench-broadcasts-{Guid.NewGuid():N}.db");
var total = Stopwatch.StartNew();

await using var sink = await ProviderSink.StartAsync();
var settings = new Dictionary<string, string>
{
    ["Storage:ConnectionString"] = $"Data Source={database}",
    ["Admin:ApiKeys:0"] = "bench",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Outbox:InstanceId"] = "bench",
    ["Broadcasts:QuietHoursStart"] = "00:00:00",
    ["Broadcasts:QuietHoursEnd"] = "00:00:00",
    ["Broadcasts:MessagesPerSecond:slow"] = "1",
    ["Broadcasts:MessagesPerSecond:fast"] = "0",
    ["Broadcasts:MessagesPerSecond:paced"] = "80",
    ["Broadcasts:MaxInFlight"] = "500",
};
Console.WriteLine($"host: {hostDll} ({configuration}), database {database}");
await using (var host = await HostProcess.StartAsync(hostDll, settings))
{
    using var admin = new HttpClient { BaseAddress = new Uri(host.BaseUri, "api/admin/broadcasts/") };
    admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bench");

    var seed = Stopwatch.StartNew();
    Seeder.Seed(database, "slow", "offers", "slow", Enqueued, sink.BaseUri);
    Seeder.Seed(database, "fast", "news", "fast", Unlimited, sink.BaseUri);
    Seeder.Seed(database, "paced", "news", "paced", Paced, sink.BaseUri);
    Console.WriteLine($"seeded {Enqueued + Unlimited + Paced:N0} subscribers with consent in {seed.Elapsed.TotalSeconds:F1} s");

    // 1. Enqueue: a campaign to 100,000 subscribers, fanned out in batches (its channel sends 1/s meanwhile).
    var (_, rssBefore) = host.Memory();
    var enqueue = Stopwatch.StartNew();
    var slow = await CreateAsync(admin, "offers", channel: null);
    while (!(await CampaignAsync(admin, slow)).GetProperty("fanOutDone").GetBoolean()) await Task.Delay(50);
    enqueue.Stop();
    var (peak, rssAfter) = host.Memory();
    var audience = (await CampaignAsync(admin, slow)).GetProperty("audience").GetInt32();
    Console.WriteLine($"[enqueue]   {audience:N0} deliveries in {enqueue.Elapsed.TotalSeconds:F2} s ({audience / enqueue.Elapsed.TotalSeconds:N0}/s); " +
        $"host RSS {rssBefore:N0} MB before, {rssAfter:N0} MB after, peak {peak:N0} MB");
    await admin.PostAsync($"campaigns/{slow}/cancel", null);

    // 2. Throughput at an unlimited rate.
    var unlimited = Stopwatch.StartNew();
    await CreateAsync(admin, "news", channel: "fast");
    while (sink.Count("fast") < Unlimited && unlimited.Elapsed < TimeSpan.FromSeconds(90)) await Task.Delay(20);
    var fast = sink.Arrivals("fast");
    var span = Stopwatch.GetElapsedTime(fast.Min(), fast.Max());
    Console.WriteLine($"[unlimited] {fast.Length:N0} delivered in {unlimited.Elapsed.TotalSeconds:F2} s from creation; " +
        $"{fast.Length / span.TotalSeconds:N0} msg/s from first to last delivery");

    // 3. 80 msg/s held for a minute.
    var paced = await CreateAsync(admin, "news", channel: "paced");
    while (sink.Count("paced") == 0) await Task.Delay(5);
    var first = sink.Arrivals("paced").Min();
    while (Stopwatch.GetElapsedTime(first) < TimeSpan.FromSeconds(61)) await Task.Delay(100);
    await admin.PostAsync($"campaigns/{paced}/cancel", null);
    var arrivals = sink.Arrivals("paced").Where(t => Stopwatch.GetElapsedTime(first, t) < TimeSpan.FromSeconds(60)).Order().ToArray();
    var perSecond = new int[60];
    foreach (var t in arrivals) perSecond[(int)Stopwatch.GetElapsedTime(first, t).TotalSeconds]++;
    var rate = arrivals.Length / 60.0;
    Console.WriteLine($"[80 msg/s]  {arrivals.Length:N0} in 60 s = {rate:F2} msg/s ({(rate - 80) / 80:P2} from 80); per second min {perSecond.Min()}, " +
        $"max {perSecond.Max()}; busiest sliding 1-s window {SlidingMax(arrivals)}");
}
Console.WriteLine($"total {total.Elapsed.TotalSeconds:F0} s");
foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);

static async Task<long> CreateAsync(HttpClient admin, string topic, string? channel)
{
    var response = await admin.PostAsJsonAsync("campaigns", new
    {
        name = $"bench {topic} {channel}",
        segment = new { topic, channelId = channel },
        messages = new { en = "Hello {{name}}, our winter offers are here.", fr = "Bonjour {{name}}, nos offres d'hiver sont là." },
    });
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException(body.ToString());
    return body.GetProperty("id").GetInt64();
}

static async Task<JsonElement> CampaignAsync(HttpClient admin, long id) =>
    (await admin.GetFromJsonAsync<JsonElement[]>("campaigns"))!.Single(c => c.GetProperty("id").GetInt64() == id);

static int SlidingMax(long[] sorted)
{
    int best = 0, start = 0;
    for (var end = 0; end < sorted.Length; end++)
    {
        while (Stopwatch.GetElapsedTime(sorted[start], sorted[end]) >= TimeSpan.FromSeconds(1)) start++;
        best = Math.Max(best, end - start + 1);
    }
    return best;
}

static string FindRoot(string from)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "DarkSocialBot.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run from inside the repository.");
}
