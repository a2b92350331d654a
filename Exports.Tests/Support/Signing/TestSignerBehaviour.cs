namespace Exports.Tests.Support.Signing;

/// <summary>
/// How the test signing service misbehaves, sent as JSON to its <c>PUT /behaviour</c>; the same fields as the
/// service's own <c>SignerBehaviour</c>. The default behaves.
/// </summary>
/// <param name="DelayMs">Wait before responding, in milliseconds.</param>
/// <param name="FailuresBeforeSuccess">
/// Requests that get <paramref name="FailureStatus"/> first; -1 for every request.
/// </param>
/// <param name="FailureStatus">HTTP status of those failures.</param>
/// <param name="Garbage">Respond 200 with a body that is not JSON.</param>
/// <param name="ReportedPublicKey">Base64 SubjectPublicKeyInfo to report in place of the key that signs.</param>
/// <param name="ReportCertificate">Report a self-signed certificate of the signing key.</param>
public sealed record TestSignerBehaviour(
    int DelayMs = 0,
    int FailuresBeforeSuccess = 0,
    int FailureStatus = 500,
    bool Garbage = false,
    string? ReportedPublicKey = null,
    bool ReportCertificate = false);
