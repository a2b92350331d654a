using System.Security.Cryptography;
using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering.Xlsx;
using Exports.Renderer.Signing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Support.Normalized;

/// <summary>
/// XLSX writers for tests, signing manifests with one fixed HMAC key and, when an export requests an external
/// signature, with one fixed local ECDSA signer key.
/// </summary>
public static class XlsxWriters
{
    /// <summary>Id of the test key.</summary>
    public const string KeyId = "test-key";

    /// <summary>Id of the local signer's test key.</summary>
    public const string SignerKeyId = "test-signer";

    /// <summary>The key ring of every writer made here: <see cref="KeyId"/> is 32 bytes of 0x2A.</summary>
    public static ProvenanceKeyRing Ring { get; } =
        new(new Dictionary<string, byte[]> { [KeyId] = Enumerable.Repeat((byte)0x2A, 32).ToArray() }, KeyId);

    /// <summary>A signer over <see cref="Ring"/>, which verifies the manifests these writers embed.</summary>
    public static ManifestSigner Signer { get; } = new(Ring);

    /// <summary>The P-256 key of <see cref="LocalSigner"/>, generated once per test run.</summary>
    public static ECDsa SignerKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The local signer of every writer made here, over <see cref="SignerKey"/>.</summary>
    public static LocalDigestSigner LocalSigner { get; } = new(SignerKeyId, SignerKey);

    /// <summary>Trust in <see cref="LocalSigner"/>'s key alone.</summary>
    public static SignerTrust Trust { get; } =
        new(new Dictionary<string, byte[]> { [SignerKeyId] = LocalSigner.SubjectPublicKeyInfo });

    /// <summary>
    /// Returns a writer with the default settings, or with a limit of mirrored Workspace cells; external signatures
    /// come from <see cref="LocalSigner"/> checked against <see cref="Trust"/> unless others are given.
    /// </summary>
    public static XlsxExportWriter Create(
        long? workspaceMaxCells = null, IDigestSigner? digestSigner = null, SignerTrust? trust = null)
    {
        var options = new XlsxOptions();
        if (workspaceMaxCells is { } maxCells)
        {
            options.WorkspaceMaxCells = maxCells;
        }

        var signatures = new ManifestSignatures(
            digestSigner ?? LocalSigner, trust ?? Trust, NullLogger<ManifestSignatures>.Instance);

        return new XlsxExportWriter(Signer, signatures, Options.Create(options));
    }
}
