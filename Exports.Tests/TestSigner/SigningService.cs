using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exports.TestSigner;

/// <summary>
/// Signs digests with the ECDSA P-256 key the test gives it (<c>TestSigner__PrivateKey</c>, base64 PKCS#8, and
/// <c>TestSigner__KeyId</c>), misbehaving as the current <see cref="SignerBehaviour"/> sets. Counts requests.
/// </summary>
public sealed class SigningService(string keyId, ECDsa key)
{
    private readonly Lock gate = new();
    private readonly string publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
    private readonly string certificate = SelfSignedCertificate(key);
    private SignerBehaviour behaviour = new();
    private int requestCount;
    private int failuresServed;

    /// <summary>Requests to <c>/sign</c> since the last change of behaviour.</summary>
    public int RequestCount => Volatile.Read(ref requestCount);

    /// <summary>Creates the service from its configuration section.</summary>
    public static SigningService FromConfiguration(IConfiguration section)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(Convert.FromBase64String(section["PrivateKey"]
            ?? throw new InvalidOperationException("Set TestSigner__PrivateKey to a base64 PKCS#8 P-256 key.")), out _);

        return new SigningService(section["KeyId"] ?? "test-service-signer", key);
    }

    /// <summary>Replaces the behaviour and resets the counters.</summary>
    public IResult Behave(SignerBehaviour next)
    {
        lock (gate)
        {
            behaviour = next;
            requestCount = 0;
            failuresServed = 0;
        }

        return Results.NoContent();
    }

    /// <summary>Handles <c>POST /sign</c>.</summary>
    public async Task<IResult> SignAsync(SignRequest request, CancellationToken cancellationToken)
    {
        SignerBehaviour current;
        bool fail;
        lock (gate)
        {
            current = behaviour;
            requestCount++;
            fail = current.FailuresBeforeSuccess < 0 || failuresServed++ < current.FailuresBeforeSuccess;
        }

        await Task.Delay(current.DelayMs, cancellationToken);
        if (fail)
        {
            return Results.StatusCode(current.FailureStatus);
        }

        if (current.Garbage)
        {
            return Results.Text("<html>signing is down for maintenance</html>", "application/json");
        }

        return Sign(request, current);
    }

    private IResult Sign(SignRequest request, SignerBehaviour current)
    {
        var digest = TryDecode(request.Digest);
        if (request.Algorithm != "ES256" || digest is not { Length: 32 })
        {
            return Results.BadRequest("Send a base64 SHA-256 digest with algorithm ES256.");
        }

        byte[] value;
        lock (gate)
        {
            value = key.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        return Results.Ok(new SignResponse(
            "ES256",
            keyId,
            Convert.ToBase64String(value),
            current.ReportCertificate ? null : current.ReportedPublicKey ?? publicKey,
            current.ReportCertificate ? certificate : null));
    }

    private static byte[]? TryDecode(string? base64)
    {
        try
        {
            return base64 is null ? null : Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string SelfSignedCertificate(ECDsa key)
    {
        var request = new CertificateRequest("CN=Exports test signing service", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        return Convert.ToBase64String(certificate.Export(X509ContentType.Cert));
    }
}
