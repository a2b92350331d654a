using Microsoft.AspNetCore.Authorization;

namespace Exports.Api.Auth;

/// <summary>Authorization policies of the endpoints, each a set of accepted scopes and the 403 detail.</summary>
public static class ApiPolicies
{
    /// <summary>Read a workbook.</summary>
    public const string ReadWorkbooks = nameof(ReadWorkbooks);

    /// <summary>Upload a workbook.</summary>
    public const string UploadWorkbooks = nameof(UploadWorkbooks);

    /// <summary>List, read and download exports.</summary>
    public const string ReadExports = nameof(ReadExports);

    /// <summary>Create an export.</summary>
    public const string CreateExports = nameof(CreateExports);

    /// <summary>Cancel an export.</summary>
    public const string CancelExports = nameof(CancelExports);

    /// <summary>Adds every policy.</summary>
    public static void AddTo(AuthorizationOptions options)
    {
        Add(options, ReadWorkbooks, [ApiScopes.WorkbooksRead, ApiScopes.WorkbooksWrite], "read workbooks");
        Add(options, UploadWorkbooks, [ApiScopes.WorkbooksWrite], "upload workbooks");
        Add(options, ReadExports, [ApiScopes.ExportsRead, ApiScopes.ExportsWrite], "read exports");
        Add(options, CreateExports, [ApiScopes.ExportsWrite], "export this workbook");
        Add(options, CancelExports, [ApiScopes.ExportsWrite], "cancel exports");
    }

    private static void Add(AuthorizationOptions options, string name, string[] scopes, string action)
    {
        var detail = $"Not authorized to {action}: the token's scope claim needs {string.Join(" or ", scopes)}.";
        options.AddPolicy(name, policy => policy
            .RequireAuthenticatedUser()
            .AddRequirements(new ScopeRequirement(scopes, detail)));
    }
}
