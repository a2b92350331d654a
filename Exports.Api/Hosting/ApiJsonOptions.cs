using System.Text.Json;

namespace Exports.Api.Hosting;

/// <summary>
/// JSON settings of every response and request body: snake_case names and UTC timestamps ending in <c>Z</c>.
/// </summary>
public static class ApiJsonOptions
{
    /// <summary>Applies the settings to <paramref name="options"/>.</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new UtcTimestampJsonConverter());
    }
}
