using Exports.Api.Auth;
using Exports.Api.Hosting;

namespace Exports.Api;

/// <summary>
/// Entry point: runs the gateway, or the token command when the first argument is <c>token</c>. It is a named
/// class, not top-level statements, so that tests can name it beside the renderer's entry point.
/// </summary>
public sealed class Program
{
    /// <summary>Runs the process and returns its exit code.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (TokenCommand.IsRequested(args))
        {
            return TokenCommand.Run(args[1..], Console.Out, Console.Error);
        }

        try
        {
            var app = ExportsApiApplication.Build(ExportsApiApplication.CreateBuilder(args));
            await app.RunAsync();

            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"Exports.Api stopped: {exception.Message}");

            return 1;
        }
    }
}
