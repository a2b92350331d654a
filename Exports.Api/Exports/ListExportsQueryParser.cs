using System.Globalization;
using Exports.Api.ReadModel;
using Exports.Contracts.Validation;

namespace Exports.Api.Exports;

/// <summary>Parses the query string of <c>GET /api/v1/exports</c>: skip, limit, workbook_id and status.</summary>
public static class ListExportsQueryParser
{
    /// <summary>Page size when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Largest page size.</summary>
    public const int MaxLimit = 100;

    /// <summary>Parses the query; returns false with messages keyed by parameter when a value is invalid.</summary>
    public static bool TryParse(
        IQueryCollection query, out ExportJobQuery parsed, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var skip = ReadInteger(query, "skip", 0, 0, int.MaxValue,
            "Parameter 'skip' is '{0}': use a whole number of 0 or more.", errors);
        var limit = ReadInteger(query, "limit", DefaultLimit, 1, MaxLimit,
            $"Parameter 'limit' is '{{0}}': use a whole number from 1 to {MaxLimit}.", errors);

        string? workbookId = query["workbook_id"];
        if (workbookId is not null && !WorkbookIdRules.IsValid(workbookId))
        {
            errors["workbook_id"] =
                [$"Parameter 'workbook_id' is '{ValueText.Shorten(workbookId)}': use a workbook's UUID."];
        }

        string? status = query["status"];
        if (status is not null && !ExportJobStatus.All.Contains(status, StringComparer.Ordinal))
        {
            errors["status"] =
                [$"Parameter 'status' is '{status}': use one of {string.Join(", ", ExportJobStatus.All)}."];
        }

        parsed = new ExportJobQuery(workbookId?.ToLowerInvariant(), status, skip, limit);

        return errors.Count == 0;
    }

    private static int ReadInteger(
        IQueryCollection query,
        string name,
        int fallback,
        int minimum,
        int maximum,
        string messageFormat,
        Dictionary<string, string[]> errors)
    {
        string? text = query[name];
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= minimum && value <= maximum)
        {
            return value;
        }

        errors[name] = [string.Format(CultureInfo.InvariantCulture, messageFormat, text)];

        return fallback;
    }
}
