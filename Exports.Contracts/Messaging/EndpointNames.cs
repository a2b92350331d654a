using Microsoft.Extensions.Configuration;

namespace Exports.Messaging;

/// <summary>Queue names of the product, each with the configured entity prefix.</summary>
public sealed class EndpointNames
{
    /// <summary>Creates the names for a prefix; an empty prefix leaves the names bare.</summary>
    public EndpointNames(string? prefix)
    {
        Prefix = string.IsNullOrEmpty(prefix) ? string.Empty : prefix + ".";
    }

    /// <summary>The prefix with its separating dot, or empty.</summary>
    public string Prefix { get; }

    /// <summary>Queue the renderers consume <c>ExportRequested</c> from, as competing consumers.</summary>
    public string RenderExport => Prefix + "render-export";

    /// <summary>Queue of workbook import requests.</summary>
    public string ImportWorkbook => Prefix + "import-workbook";

    /// <summary>Queue of verification requests.</summary>
    public string VerifyExport => Prefix + "verify-export";

    /// <summary>Queue the gateway projects status events from into its read model.</summary>
    public string ExportStatus => Prefix + "export-status";

    /// <summary>Queue of one renderer instance for cancel commands, removed when the instance stops.</summary>
    public string CancelExport(string instance) => $"{Prefix}cancel-export-{instance}";

    /// <summary>Reads the prefix from section <c>Messaging</c>.</summary>
    public static EndpointNames FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>();

        return new EndpointNames(options?.EntityPrefix);
    }
}
