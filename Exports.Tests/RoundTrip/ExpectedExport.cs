namespace Exports.Tests.RoundTrip;

/// <summary>What an export of a source should contain, and which deliberate value changes it needs.</summary>
/// <param name="Sheets">Expected sheets in output order.</param>
/// <param name="Changes">
/// Warning kinds (<see cref="Exports.Renderer.Rendering.RenderWarningKinds"/>) of the deliberate changes the
/// expectation applied; the writer reports one warning line per kind.
/// </param>
public sealed record ExpectedExport(IReadOnlyList<RoundTripSheet> Sheets, IReadOnlySet<string> Changes);
