namespace Exports.TestSigner;

/// <summary>A signature as a signing service returns it; one of the key and the certificate is null.</summary>
/// <param name="Algorithm">Always <c>ES256</c>.</param>
/// <param name="KeyId">Id of the signer key.</param>
/// <param name="Signature">Base64 of the IEEE P1363 signature, 64 bytes.</param>
/// <param name="PublicKey">Base64 of the DER SubjectPublicKeyInfo of the key it reports.</param>
/// <param name="Certificate">Base64 of a DER self-signed certificate of its key.</param>
public sealed record SignResponse(string Algorithm, string KeyId, string Signature, string? PublicKey, string? Certificate);
