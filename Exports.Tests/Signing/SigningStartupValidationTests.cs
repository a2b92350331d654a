using System.Security.Cryptography;
using Exports.Renderer.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Exports.Tests.Signing;

/// <summary>Invalid <c>Signing__*</c> settings stop the renderer's start with a message naming the key.</summary>
[TestFixture]
public sealed class SigningStartupValidationTests
{
    private const string SecretText = "c2VjcmV0LWtleS1tYXRlcmlhbA==";

    [TestCaseSource(nameof(InvalidSettings))]
    public async Task InvalidSettingNamesItsKey(Dictionary<string, string?> settings, string configurationKey)
    {
        var messages = await StartupFailureAsync(settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages, Does.Contain(configurationKey));
            Assert.That(messages, Does.Not.Contain(SecretText));
        }
    }

    [Test]
    public async Task ValidHttpSettingsStartRenderer()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var settings = new Dictionary<string, string?>
        {
            ["Signing:Provider"] = "http",
            ["Signing:Http:Endpoint"] = "https://signer.invalid/sign",
            ["Signing:TrustedKeys:signer-1"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
        };

        var messages = await StartupFailureAsync(settings);

        Assert.That(messages, Does.Not.Contain("Signing__"));
    }

    private static IEnumerable<TestCaseData> InvalidSettings()
    {
        using var rsa = RSA.Create(2048);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        yield return Case("unknown provider", "Signing__Provider", ("Signing:Provider", "hsm"));
        yield return Case("missing endpoint", "Signing__Http__Endpoint", ("Signing:Provider", "http"));
        yield return Case("relative endpoint", "Signing__Http__Endpoint",
            ("Signing:Provider", "http"), ("Signing:Http:Endpoint", "signer/sign"));
        yield return Case("ftp endpoint", "Signing__Http__Endpoint",
            ("Signing:Provider", "http"), ("Signing:Http:Endpoint", "ftp://signer/sign"));
        yield return Case("zero timeout", "Signing__Http__Timeout", ("Signing:Http:Timeout", "00:00:00"));
        yield return Case("short total timeout", "Signing__Http__TotalTimeout",
            ("Signing:Http:Timeout", "00:00:20"), ("Signing:Http:TotalTimeout", "00:00:10"));
        yield return Case("negative retry count", "Signing__Http__RetryCount", ("Signing:Http:RetryCount", "-1"));
        yield return Case("key without id", "Signing__Local__KeyId", ("Signing:Local:PrivateKey", SecretText));
        yield return Case("bad private key", "Signing__Local__PrivateKey",
            ("Signing:Local:KeyId", "k1"), ("Signing:Local:PrivateKey", SecretText));
        yield return Case("rsa trusted key", "Signing__TrustedKeys__partner",
            ("Signing:TrustedKeys:partner", Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())));
        yield return Case("p384 trusted key", "Signing__TrustedKeys__partner",
            ("Signing:TrustedKeys:partner", Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo())));
    }

    private static TestCaseData Case(string name, string configurationKey, params (string Key, string Value)[] settings) =>
        new TestCaseData(settings.ToDictionary(pair => pair.Key, pair => (string?)pair.Value), configurationKey)
            .SetArgDisplayNames(name);

    /// <summary>
    /// Starts a renderer with the settings and returns the messages of the exception that stopped it, or an empty
    /// string when it started. Validation runs before the bus starts, so no broker is needed for a failure.
    /// </summary>
    private static async Task<string> StartupFailureAsync(Dictionary<string, string?> overrides)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("exports-signing-startup-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Serilog:MinimumLevel:Default"] = "Fatal",
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:RabbitMq"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Signing:Http:TotalTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        try
        {
            var builder = RendererApplication.CreateBuilder([], configuration => configuration.AddInMemoryCollection(settings));
            await using var app = RendererApplication.Build(builder);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await app.StartAsync(timeout.Token);
                await app.StopAsync(CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return string.Join(Environment.NewLine, Flatten(exception).Select(inner => inner.Message));
            }
            catch (OperationCanceledException)
            {
                // The options were valid: start-up went on to wait for the unreachable broker.
            }

            return string.Empty;
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
