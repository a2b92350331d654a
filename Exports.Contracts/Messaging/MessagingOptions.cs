using System.ComponentModel.DataAnnotations;

namespace Exports.Messaging;

/// <summary>Broker naming settings shared by the gateway and the renderers, section <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Messaging";

    /// <summary>
    /// Prefix put before every queue and exchange name, so that several deployments can share one broker
    /// virtual host. Default empty. Publishers of <c>ExportRequested</c> must use the same prefix.
    /// </summary>
    [RegularExpression("^[a-z0-9-]{0,40}$",
        ErrorMessage =
            "Configuration key 'Messaging__EntityPrefix' is invalid: use up to 40 lowercase letters, digits or '-'.")]
    public string EntityPrefix { get; set; } = string.Empty;
}
