namespace Exports.Renderer.Provenance;

/// <summary>Checks values passed to <see cref="CbHashV1Builder.AddCell"/> as already canonical.</summary>
internal static class CanonicalValue
{
    /// <summary>Throws when <paramref name="value"/> cannot be a canonical value of <paramref name="type"/>.</summary>
    public static void EnsureValid(CbHashValueType type, string? value)
    {
        switch (type)
        {
            case CbHashValueType.String or CbHashValueType.Error:
                return;
            case CbHashValueType.Boolean when value is "TRUE" or "FALSE":
                return;
            case CbHashValueType.Boolean:
                throw new ArgumentException(
                    $"The boolean value '{value}' is not canonical: pass TRUE or FALSE.", nameof(value));
            case CbHashValueType.Number when !string.IsNullOrEmpty(value):
                return;
            case CbHashValueType.Number:
                throw new ArgumentException(
                    "A number cell has no value: pass the canonical number text, or skip the blank cell.",
                    nameof(value));
            default:
                throw new ArgumentOutOfRangeException(
                    nameof(type), type, "The type tag is not one of n, s, b or e.");
        }
    }
}
