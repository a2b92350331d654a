using System.Text.Json;
using Exports.Contracts;

namespace Exports.Api.Exports;

/// <summary>
/// Reads the JSON body of an export request field by field, so that a field of the wrong JSON type or an unknown
/// field is reported by its snake_case name, such as <c>options.xlsx_three_zone</c>. A null value counts as absent.
/// </summary>
public static class CreateExportRequestReader
{
    private const string Example =
        "{\"workbook_id\": \"550e8400-e29b-41d4-a716-446655440000\", \"format\": \"xlsx\"}";

    // A field given twice is refused rather than letting the last value win unseen.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions OptionsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Reads and type-checks a request body.</summary>
    public static async Task<CreateExportReadResult> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, DocumentOptions, cancellationToken);
        }
        catch (JsonException exception)
        {
            var position = exception.LineNumber is { } line
                ? $"line {line + 1}, byte {exception.BytePositionInLine + 1}: "
                : string.Empty;

            return Failed("body",
                $"The request body is not valid JSON ({position}{Reason(exception)}): send a JSON object such as " +
                $"{Example}.");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? Read(document.RootElement)
                : Failed("body", $"The request body is {Describe(document.RootElement.ValueKind)}: send a JSON " +
                    $"object such as {Example}.");
        }
    }

    /// <summary>The parser's reason without the position it appends, which the message gives already.</summary>
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var position = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (position < 0)
        {
            position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (position < 0 ? message : message[..position]).TrimEnd('.', ' ');
    }

    private static CreateExportReadResult Read(JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? workbookId = null;
        string? format = null;
        List<string>? sheetIds = null;
        ExportOptions? options = null;

        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "workbook_id":
                    workbookId = ReadString(value, "workbook_id", "the id of an uploaded workbook, a UUID", errors);
                    break;
                case "format":
                    format = ReadString(value, "format", $"one of {string.Join(", ", ExportFormat.All)}", errors);
                    break;
                case "sheet_ids":
                    sheetIds = ReadSheetIds(value, errors);
                    break;
                case "options":
                    options = ReadOptions(value, errors);
                    break;
                default:
                    errors[property.Name] = [$"Field '{property.Name}' is not part of an export request: send only " +
                        "workbook_id, format, sheet_ids and options."];
                    break;
            }
        }

        return errors.Count > 0
            ? new CreateExportReadResult(null, errors)
            : new CreateExportReadResult(new CreateExportRequest(workbookId, format, sheetIds, options), errors);
    }

    private static string? ReadString(
        JsonElement value, string field, string expected, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Null)
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }

        errors[field] = [$"Field '{field}' must be a string, but the request gave {Describe(value.ValueKind)}: " +
            $"send {expected}."];

        return null;
    }

    private static List<string>? ReadSheetIds(JsonElement value, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors["sheet_ids"] = [$"Field 'sheet_ids' must be an array of sheet ids, but the request gave " +
                $"{Describe(value.ValueKind)}: send sheet ids from the workbook, such as [\"<sheet id>\"]."];
            return null;
        }

        var ids = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                ids.Add(item.GetString()!);
            }
            else
            {
                errors[$"sheet_ids[{index}]"] = [$"Field 'sheet_ids[{index}]' must be a string, but the request " +
                    $"gave {Describe(item.ValueKind)}: send the sheet's id, a UUID."];
            }

            index++;
        }

        return ids;
    }

    private static ExportOptions? ReadOptions(JsonElement value, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors["options"] = [$"Field 'options' must be an object, but the request gave " +
                $"{Describe(value.ValueKind)}: send an object such as {{\"xlsx_three_zone\": true}}."];
            return null;
        }

        var valid = true;
        foreach (var option in value.EnumerateObject())
        {
            var field = $"options.{option.Name}";
            if (!ExportOptionFields.All.TryGetValue(option.Name, out var type))
            {
                errors[field] = [$"Option '{option.Name}' is unknown: use one of {ExportOptionFields.Names}."];
                valid = false;
            }
            else if (!ExportOptionFields.Accepts(type, option.Value.ValueKind))
            {
                var expected = type == typeof(bool) ? "a boolean (true or false)" : "a string";
                errors[field] = [$"Option '{field}' must be {expected}, but the request gave " +
                    $"{Describe(option.Value.ValueKind)}."];
                valid = false;
            }
        }

        return valid ? value.Deserialize<ExportOptions>(OptionsJson) : null;
    }

    private static CreateExportReadResult Failed(string field, string message) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] });

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
