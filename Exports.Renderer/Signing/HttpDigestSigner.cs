using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Exports.Renderer.Provenance.Manifests;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Exports.Renderer.Signing;

/// <summary>
/// Signs digests through a signing service: posts a <see cref="SigningServiceRequest"/> to
/// <c>Signing__Http__Endpoint</c> and accepts only an HTTP 200 JSON response whose signature verifies against the
/// key it reports and whose key is trusted. Retries and timeouts come from the named client's resilience
/// pipeline (<see cref="SigningServiceCollectionExtensions"/>). Every failure becomes a
/// <see cref="SigningFailedException"/> that names the endpoint without its query or credentials.
/// </summary>
public sealed class HttpDigestSigner(IHttpClientFactory clients, SignerTrust trust, IOptions<SigningOptions> options)
    : IDigestSigner
{
    /// <summary>Name of the HTTP client that carries the resilience pipeline.</summary>
    public const string ClientName = "Exports.Signing";

    /// <summary>Maximum size of a response body, in bytes.</summary>
    public const int MaxResponseBytes = 64 * 1024;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly HttpSignerOptions settings = options.Value.Http;
    private readonly Uri endpoint = new(options.Value.Http.Endpoint!, UriKind.Absolute);

    /// <inheritdoc />
    public string Description =>
        $"the signing service at {endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)}";

    /// <inheritdoc />
    public async Task<ManifestSignature> SignAsync(DigestSigningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var body = new SigningServiceRequest(
            Convert.ToBase64String(request.Digest), ManifestSignature.Es256, request.ExportId, request.TenantId);
        var text = await PostAsync(body, cancellationToken);

        ManifestSignature signature;
        try
        {
            signature = SigningServiceResponse.Parse(text);
        }
        catch (FormatException exception)
        {
            throw Failed($"returned an invalid response: {exception.Message}.", exception);
        }

        var check = trust.Check(signature, request.Digest);

        return check.Valid ? signature : throw Failed($"returned a signature that cannot be used. {check.Problem}");
    }

    private async Task<string> PostAsync(SigningServiceRequest body, CancellationToken cancellationToken)
    {
        // NOTE: the request carries no credentials, so a signing service that requires them must sit behind a
        // network path or proxy that authenticates the renderer.
        using var client = clients.CreateClient(ClientName);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(body, options: JsonOptions),
        };
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            EnsureJsonOk(response);
            using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bodyTimeout.CancelAfter(settings.Timeout);

            return await ReadBodyAsync(response.Content, bodyTimeout.Token);
        }
        catch (TimeoutRejectedException exception) when (exception.Timeout == settings.TotalTimeout)
        {
            throw Failed($"timed out: no signature within {Seconds(exception.Timeout)} s over all attempts " +
                "(Signing__Http__TotalTimeout).", exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw Failed($"timed out: no response within {Seconds(exception.Timeout)} s (Signing__Http__Timeout) " +
                $"on any of {settings.RetryCount + 1} attempts.", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failed($"timed out: its response body did not arrive within {Seconds(settings.Timeout)} s " +
                "(Signing__Http__Timeout).", exception);
        }
        catch (HttpRequestException exception)
        {
            throw Failed($"could not be reached after {settings.RetryCount + 1} attempts ({exception.Message}). Check " +
                "that it runs and that Signing__Http__Endpoint names it.", exception);
        }
    }

    private void EnsureJsonOk(HttpResponseMessage response)
    {
        var status = response.StatusCode;
        if (status != HttpStatusCode.OK)
        {
            var retried = status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
            throw Failed($"returned HTTP {(int)status} ({status})" +
                (retried ? $" after {settings.RetryCount + 1} attempts." : ", but a signature needs HTTP 200."));
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null
            || !(mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            throw Failed($"returned content type '{mediaType}' instead of application/json.");
        }
    }

    private async Task<string> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxResponseBytes)
        {
            throw Failed($"returned a response of {content.Headers.ContentLength} bytes, more than the maximum of {MaxResponseBytes}.");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxResponseBytes + 1];
        var length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (length > MaxResponseBytes)
        {
            throw Failed($"returned a response of more than the maximum of {MaxResponseBytes} bytes.");
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    private SigningFailedException Failed(string problem, Exception? exception = null) =>
        new($"Signing failed: {Description} {problem}", exception);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
