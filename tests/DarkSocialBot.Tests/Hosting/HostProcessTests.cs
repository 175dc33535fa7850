using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>The host run as its own process, as the README's first command runs it.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task A_bot_started_on_a_taken_port_exits_with_the_reason_and_no_false_background_service_failures()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var directory = Directory.CreateTempSubdirectory("dsb-host-");
        try
        {
            var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
            {
                WorkingDirectory = directory.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["Urls"] = $"http://127.0.0.1:{port}";
            start.Environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(directory.FullName, "bot.db")}";
            start.Environment["Logging__Console__ColorBehavior"] = "Disabled";

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true); // it should have stopped: don't leave it running
                throw;
            }
            var log = await output + await errors;

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains($"Failed to bind to address http://127.0.0.1:{port}: address already in use", log, StringComparison.Ordinal);
            // The services that had started are stopped, not torn down: their cancellation is not reported as a crash.
            Assert.DoesNotContain("BackgroundService failed", log, StringComparison.Ordinal);
            Assert.DoesNotContain("crit:", log, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
