namespace Exports.Tests.RoundTrip;

/// <summary>A sheet as one side of a round trip gives it: its name, whether it is hidden, and its cells.</summary>
public sealed record RoundTripSheet(string Name, bool Hidden, IReadOnlyList<RoundTripCell> Cells);
