using System.ComponentModel.DataAnnotations;

namespace Exports.Storage;

/// <summary>Settings of the embedded storage, section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// Folder of the embedded read model and blob store; the gateway and the renderers given the same folder
    /// share them. Default: <c>exports</c> under the user's local application data folder.
    /// </summary>
    [Required]
    public string DataDirectory { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "exports");

    /// <summary>Folder of the blob store inside <see cref="DataDirectory"/>.</summary>
    public string BlobDirectory => Path.Combine(DataDirectory, "blobs");
}
