using System.Diagnostics;
using DarkSocialBot.Attribution;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Bench.Attribution;

/// <summary>
/// Runs <see cref="AttributionExport"/> exactly as the export endpoint does (same query, same writers) into a stream that
/// counts and discards the bytes, sampling the process's working set and the managed heap every 10 ms.
/// </summary>
internal static class ExportBench
{
    public static async Task RunAsync(string database, int rows)
    {
        var tenth = rows / 10;
        var all = new AttributionFilter(null, null, null, null, null, null, null, 1, 50);
        var prefix = all with { To = Seeder.Start + TimeSpan.FromTicks(Seeder.Year.Ticks / rows * tenth) };
        await MeasureAsync(database, "csv  ", prefix, csv: true); // warm-up: JIT, SQLite page cache
        await MeasureAsync(database, "csv  ", prefix, csv: true);
        await MeasureAsync(database, "csv  ", all, csv: true);
        await MeasureAsync(database, "jsonl", all, csv: false);
    }

    private static async Task MeasureAsync(string database, string format, AttributionFilter filter, bool csv)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        await using var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={database}").Options);
        var body = new CountingStream();
        using var sampler = MemorySampler.Start();
        var stopwatch = Stopwatch.StartNew();
        var written = csv
            ? await AttributionExport.WriteCsvAsync(AttributionExport.Read(db, filter), body, ',', CancellationToken.None)
            : await AttributionExport.WriteJsonLinesAsync(AttributionExport.Read(db, filter), body, CancellationToken.None);
        stopwatch.Stop();
        var (startWorkingSet, peakWorkingSet, peakHeap) = await sampler.StopAsync();
        Console.WriteLine(
            $"[export {format}] {written,9:N0} rows in {stopwatch.Elapsed.TotalSeconds,5:F1} s ({written / stopwatch.Elapsed.TotalSeconds,7:N0} rows/s, " +
            $"{body.Length / 1048576.0,5:N0} MB out); working set {startWorkingSet / 1048576.0:N0} MB at start, peak {peakWorkingSet / 1048576.0:N0} MB; " +
            $"managed heap peak {peakHeap / 1048576.0:N1} MB; allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0:N0} MB in total");
    }
}
