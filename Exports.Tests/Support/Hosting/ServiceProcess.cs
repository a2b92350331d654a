using System.Diagnostics;
using System.Text;

namespace Exports.Tests.Support.Hosting;

/// <summary>
/// A service started as its own process with <c>dotnet</c>, as operators run it. Its output is kept so that a
/// failing test can show it, and the process is killed when the test ends.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServiceProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>Everything the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet ASSEMBLY ARGS</c> with the environment variables added.</summary>
    public static ServiceProcess Start(string assembly, IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"'{assembly}' does not exist: build the solution first.", assembly);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var service = new ServiceProcess(new Process { StartInfo = start });
        service.process.OutputDataReceived += (_, line) => service.Append(line.Data);
        service.process.ErrorDataReceived += (_, line) => service.Append(line.Data);
        service.process.Start();
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();

        return service;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
