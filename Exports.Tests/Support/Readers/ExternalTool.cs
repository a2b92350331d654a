using System.Diagnostics;

namespace Exports.Tests.Support.Readers;

/// <summary>
/// Runs a command-line tool and returns its standard output; skips the test when the tool is not installed.
/// </summary>
public static class ExternalTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Skips the test with <paramref name="installHint"/> unless <paramref name="path"/> exists.</summary>
    public static void Require(string path, string installHint)
    {
        if (!File.Exists(path))
        {
            Assert.Ignore($"{path} is not installed: {installHint}.");
        }
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> and fails when it exits with an error or runs past 3 minutes.
    /// </summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var (exitCode, output, errors) = await RunForExitCodeAsync(fileName, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {exitCode}: {errors}");
        }

        return output;
    }

    /// <summary>Runs <paramref name="fileName"/> and returns its exit code and output; fails past 3 minutes.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunForExitCodeAsync(
        string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        return (process.ExitCode, await output, await errors);
    }
}
