using System.Reflection;
using System.Text.Json;
using Exports.Contracts;

namespace Exports.Api.Exports;

/// <summary>
/// The fields of <c>options</c> with the JSON type each takes, derived from <see cref="ExportOptions"/> so that an
/// option added to the contract is accepted without a change here.
/// </summary>
public static class ExportOptionFields
{
    /// <summary>Value type of each option by its snake_case name: <see cref="bool"/> or <see cref="string"/>.</summary>
    public static IReadOnlyDictionary<string, Type> All { get; } = typeof(ExportOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .ToDictionary(
            property => JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name),
            property => Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType,
            StringComparer.Ordinal);

    /// <summary>The option names in words, for error messages.</summary>
    public static string Names => string.Join(", ", All.Keys);

    /// <summary>Returns whether a JSON value has the type an option of <paramref name="type"/> takes.</summary>
    public static bool Accepts(Type type, JsonValueKind kind) =>
        kind == JsonValueKind.Null
        || (type == typeof(bool) && kind is JsonValueKind.True or JsonValueKind.False)
        || (type == typeof(string) && kind == JsonValueKind.String)
        || (type != typeof(bool) && type != typeof(string));
}
