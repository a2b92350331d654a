using Exports.Api.Hosting;
using Exports.Tests.Api.Support;
using Microsoft.Extensions.Configuration;

namespace Exports.Tests.Api.Hosting;

[TestFixture]
public sealed class StartupValidationTests
{
    [Test]
    public void InvalidBrokerUriStopsStartup()
    {
        var messages = StartupFailure(new() { ["ConnectionStrings:RabbitMq"] = "http://guest:hunter2@broker:5672/" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages, Does.Contain("ConnectionStrings__RabbitMq"));
            Assert.That(messages, Does.Not.Contain("hunter2"));
        }
    }

    [Test]
    public void ShortSigningKeyStopsStartup()
    {
        var messages = StartupFailure(new() { ["Auth:SigningKey"] = "tooshortkey" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages, Does.Contain("Auth__SigningKey"));
            Assert.That(messages, Does.Contain("at least 32 bytes"));
            Assert.That(messages, Does.Not.Contain("tooshortkey"));
        }
    }

    [Test]
    public void InvalidBase64SigningKeyStopsStartup()
    {
        var messages = StartupFailure(new() { ["Auth:SigningKey"] = "base64:%%%not-base64%%%" });

        Assert.That(messages, Does.Contain("Auth__SigningKey"));
    }

    [Test]
    public void UnwritableDataDirectoryStopsStartup()
    {
        var file = Path.GetTempFileName();
        try
        {
            var messages = StartupFailure(new() { ["Storage:DataDirectory"] = Path.Combine(file, "data") });

            Assert.That(messages, Does.Contain("Storage__DataDirectory"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void ZeroRetentionStopsStartup()
    {
        var messages = StartupFailure(new() { ["Exports:Retention"] = "00:00:00" });

        Assert.That(messages, Does.Contain("Exports__Retention"));
    }

    [Test]
    public void ZeroUploadLimitStopsStartup()
    {
        var messages = StartupFailure(new() { ["Uploads:MaxBytes"] = "0" });

        Assert.That(messages, Does.Contain("Uploads__MaxBytes"));
    }

    [Test]
    public void Base64SigningKeyIsAccepted()
    {
        var key = "base64:" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TestTokens.SigningKey));
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Auth:SigningKey"] = key });
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = client.GetAsync("/api/v1/exports").GetAwaiter().GetResult();

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
    }

    /// <summary>
    /// Starts the gateway itself, not through <c>WebApplicationFactory</c>, whose deferred host can surface a
    /// disposed service provider instead of the start-up error when the machine is busy.
    /// </summary>
    private static string StartupFailure(Dictionary<string, string?> overrides)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("exports-startup-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Auth:SigningKey"] = TestTokens.SigningKey,
            ["Serilog:MinimumLevel:Default"] = "Fatal",
            ["Urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        try
        {
            var failure = Assert.CatchAsync(async () =>
            {
                var builder = ExportsApiApplication.CreateBuilder(
                    [], configuration => configuration.AddInMemoryCollection(settings));
                await using var app = ExportsApiApplication.Build(builder);
                await app.StartAsync();
                await app.StopAsync();
            });

            return string.Join(Environment.NewLine, Flatten(failure!).Select(exception => exception.Message));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate
            ? aggregate.InnerExceptions
            : exception.InnerException is null ? [] : [exception.InnerException];
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
