using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DarkSocialBot.Tests.Hosting;

/// <summary>What the README tells a newcomer holds: where `dotnet run` keeps its data, and the configuration table.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public async Task Dotnet_run_starts_the_bot_in_the_repository_root_so_data_lands_in_its_data_folder()
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet",
            ["msbuild", Path.Combine(root, "src", "DarkSocialBot", "DarkSocialBot.csproj"), "-getProperty:RunWorkingDirectory", "-p:Configuration=Release"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(Path.TrimEndingDirectorySeparator(root), Path.TrimEndingDirectorySeparator(output.Trim()));
    }

    [Fact]
    public void Every_setting_the_host_reads_is_in_the_configuration_table_and_every_key_there_exists()
    {
        var documented = DocumentedKeys(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        var bound = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
                .Select(p => $"{t.GetField("SectionName")!.GetRawConstantValue()}:{p.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(bound.Except(documented).Order());
        Assert.Empty(documented.Except(bound).Where(key => key != "Urls:").Order());
    }

    /// <summary>"section:key" for each key in the README's configuration table (a row with no section continues the last one).</summary>
    private static HashSet<string> DocumentedKeys(string readme)
    {
        var table = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var section = "";
        foreach (var line in table.Split('\n').Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            if (cells[1].Trim() == "section") continue;
            if (cells[1].Trim().Length > 0) section = cells[1].Trim().Trim('`');
            var names = Code().Matches(cells[2]).Select(m => m.Groups[1].Value).ToList();
            if (names.Count == 0) keys.Add($"{section}:");
            foreach (var name in names) keys.Add($"{section}:{name}");
        }
        return keys;
    }

    /// <summary>The checkout the tests were built in: the first folder above the test binaries holding DarkSocialBot.sln.</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "DarkSocialBot.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No DarkSocialBot.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("`([A-Za-z]+)`")]
    private static partial Regex Code();
}
