namespace Exports.Contracts;

/// <summary>Provenance data of an export.</summary>
public sealed record ProvenanceSummary
{
    /// <summary>Canonical hash version, currently <c>cb_hash_v1</c>.</summary>
    public required string ManifestVersion { get; init; }

    /// <summary>Which sheets were hashed: <c>foundation</c> or <c>validated</c>.</summary>
    public required string HashScope { get; init; }

    /// <summary>The canonical data hash, <c>sha256:</c> and lowercase hex.</summary>
    public required string DataHash { get; init; }
}
