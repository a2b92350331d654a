namespace Exports.Renderer.Rendering;

/// <summary>Keeps ZIP entry times within what the ZIP format can store (1980 to 2107).</summary>
internal static class ZipTimestamps
{
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Latest = new(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Returns <paramref name="value"/> moved into the range ZIP can store.</summary>
    public static DateTimeOffset Clamp(DateTimeOffset value)
    {
        if (value < Earliest)
        {
            return Earliest;
        }

        return value > Latest ? Latest : value;
    }
}
