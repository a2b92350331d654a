using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering.Xlsx;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Support.Normalized;

/// <summary>XLSX writers for tests, signing manifests with one fixed test key.</summary>
public static class XlsxWriters
{
    /// <summary>Id of the test key.</summary>
    public const string KeyId = "test-key";

    /// <summary>The key ring of every writer made here: <see cref="KeyId"/> is 32 bytes of 0x2A.</summary>
    public static ProvenanceKeyRing Ring { get; } =
        new(new Dictionary<string, byte[]> { [KeyId] = Enumerable.Repeat((byte)0x2A, 32).ToArray() }, KeyId);

    /// <summary>A signer over <see cref="Ring"/>, which verifies the manifests these writers embed.</summary>
    public static ManifestSigner Signer { get; } = new(Ring);

    /// <summary>Returns a writer with the default settings, or with a limit of mirrored Workspace cells.</summary>
    public static XlsxExportWriter Create(long? workspaceMaxCells = null)
    {
        var options = new XlsxOptions();
        if (workspaceMaxCells is { } maxCells)
        {
            options.WorkspaceMaxCells = maxCells;
        }

        return new XlsxExportWriter(Signer, Options.Create(options));
    }
}
