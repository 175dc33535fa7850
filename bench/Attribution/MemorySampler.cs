using System.Diagnostics;

namespace DarkSocialBot.Bench.Attribution;

/// <summary>Samples the process's working set and the managed heap every 10 ms until stopped; reports the start and the peaks.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly long _startWorkingSet;
    private long _peakWorkingSet;
    private long _peakHeap;

    private MemorySampler()
    {
        using var process = Process.GetCurrentProcess();
        _startWorkingSet = _peakWorkingSet = process.WorkingSet64;
        _peakHeap = GC.GetTotalMemory(forceFullCollection: false);
        _loop = Task.Run(SampleAsync);
    }

    public static MemorySampler Start() => new();

    public async Task<(long StartWorkingSet, long PeakWorkingSet, long PeakHeap)> StopAsync()
    {
        await _stop.CancelAsync();
        try { await _loop; } catch (OperationCanceledException) { }
        return (_startWorkingSet, _peakWorkingSet, _peakHeap);
    }

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (await timer.WaitForNextTickAsync(_stop.Token))
        {
            process.Refresh();
            _peakWorkingSet = Math.Max(_peakWorkingSet, process.WorkingSet64);
            _peakHeap = Math.Max(_peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
