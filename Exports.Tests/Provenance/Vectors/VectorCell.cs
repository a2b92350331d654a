namespace Exports.Tests.Provenance.Vectors;

/// <summary>A cell of a test vector; <paramref name="Type"/> is the tag n, s, b or e.</summary>
public sealed record VectorCell(int Row, int Column, string Type, string Value);
