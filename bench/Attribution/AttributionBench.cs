using System.Diagnostics;
using System.Globalization;

namespace DarkSocialBot.Bench.Attribution;

/// <summary>
/// <c>dotnet run -c Release --project bench/Attribution [-- rows]</c>: seeds a fresh SQLite file with answers (1,000,000 by
/// default), exports the first 10 % and then all of them to CSV and all of them to JSON Lines through the host's export code,
/// printing time and memory of each; then classifier and sentiment throughput on one core and on all.
/// </summary>
internal static class AttributionBench
{
    private static async Task<int> Main(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var total = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), $"dsb-attribution-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"DarkSocialBot attribution benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            var database = Path.Combine(folder, "bench.db");
            var seeding = await Seeder.SeedAsync(database, rows);
            Console.WriteLine($"seeded {rows:N0} answers in {seeding.TotalSeconds:F1} s ({rows / seeding.TotalSeconds:N0} rows/s), file {new FileInfo(database).Length / 1048576.0:N0} MB");
            await ExportBench.RunAsync(database, rows);
            ThroughputBench.Run(Samples.Load());
            Console.WriteLine($"total {total.Elapsed.TotalSeconds:F0} s");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
