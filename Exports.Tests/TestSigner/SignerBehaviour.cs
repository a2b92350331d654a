namespace Exports.TestSigner;

/// <summary>How the service misbehaves, set by <c>PUT /behaviour</c>; the default behaves.</summary>
/// <param name="DelayMs">Wait before responding, in milliseconds.</param>
/// <param name="FailuresBeforeSuccess">
/// Requests that get <paramref name="FailureStatus"/> first; -1 for every request.
/// </param>
/// <param name="FailureStatus">HTTP status of those failures, 500 by default.</param>
/// <param name="Garbage">Respond 200 with a body that is not JSON.</param>
/// <param name="ReportedPublicKey">Base64 SubjectPublicKeyInfo to report in place of the key that signs.</param>
/// <param name="ReportCertificate">
/// Report a self-signed certificate of the signing key in place of its public key.
/// </param>
public sealed record SignerBehaviour(
    int DelayMs = 0,
    int FailuresBeforeSuccess = 0,
    int FailureStatus = 500,
    bool Garbage = false,
    string? ReportedPublicKey = null,
    bool ReportCertificate = false);
