namespace Exports.Api.Auth;

/// <summary>
/// Permissions a token grants through its <c>scope</c> claim. A write scope includes the read scope of the same
/// resource.
/// </summary>
public static class ApiScopes
{
    /// <summary>Read workbooks.</summary>
    public const string WorkbooksRead = "workbooks:read";

    /// <summary>Upload workbooks, and read them.</summary>
    public const string WorkbooksWrite = "workbooks:write";

    /// <summary>List, read and download exports, and list the formats.</summary>
    public const string ExportsRead = "exports:read";

    /// <summary>Create and cancel exports, and everything <see cref="ExportsRead"/> allows.</summary>
    public const string ExportsWrite = "exports:write";

    /// <summary>Every scope.</summary>
    public static IReadOnlyList<string> All { get; } = [WorkbooksRead, WorkbooksWrite, ExportsRead, ExportsWrite];
}
