using Exports.Api.Problems;
using Exports.Contracts.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Exports.Api.Exports;

/// <summary>Problems shared by the export endpoints.</summary>
public static class ExportProblems
{
    /// <summary>404 for an export the tenant does not have, whether or not another tenant has it.</summary>
    public static ProblemHttpResult ExportNotFound(string exportId) => ApiProblems.NotFound(
        "Export not found",
        $"Export '{ValueText.Shorten(exportId)}' was not found: list your exports with GET /api/v1/exports.");
}
