using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Exports.Api.Hosting;

/// <summary>
/// Writes timestamps in UTC as ISO 8601 with a trailing <c>Z</c>, such as <c>2026-02-15T10:30:00.25Z</c>, and reads
/// any ISO 8601 timestamp with an offset.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
