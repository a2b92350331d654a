namespace Exports.Tests.Provenance.Vectors;

/// <summary>A sheet of a test vector.</summary>
public sealed record VectorSheet(string Name, IReadOnlyList<VectorCell> Cells)
{
    /// <summary>Compares name and cells, since records compare lists by reference.</summary>
    public bool SameAs(VectorSheet other) => Name == other.Name && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: [{string.Join(", ", Cells)}]";
}
