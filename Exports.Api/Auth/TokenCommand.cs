using Exports.Storage;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Extensions.Logging;

namespace Exports.Api.Auth;

/// <summary>
/// The <c>token</c> command: prints a bearer token signed with the key the gateway uses, then exits without
/// starting the server. Configuration is read as the server reads it, so the command and the server find the
/// same key. Only the token goes to standard output; messages go to standard error.
/// </summary>
public static class TokenCommand
{
    /// <summary>The command's name, the first argument of the process.</summary>
    public const string Name = "token";

    /// <summary>Returns whether the process arguments request this command.</summary>
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs the command and returns the process exit code: 0 on success, 2 for invalid input.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!TokenCommandArguments.TryParse(args, out var request, out var configurationArgs, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(TokenCommandArguments.Usage);
            return 2;
        }

        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configurationArgs })
            .Configuration;
        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()
            ?? new StorageOptions();
        var validation = new AuthOptionsValidator().Validate(null, auth);
        if (validation.Failed)
        {
            error.WriteLine(validation.FailureMessage);
            return 2;
        }

        using var logger = new LoggerConfiguration()
            .WriteTo.Sink(new TextWriterSink(error))
            .CreateLogger();
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var signingKeys = new SigningKeyProvider(
            Options.Create(auth), Options.Create(storage), loggerFactory.CreateLogger<SigningKeyProvider>());

        output.WriteLine(TokenIssuer.Issue(signingKeys.Key, auth, request, DateTimeOffset.UtcNow));

        return 0;
    }
}
