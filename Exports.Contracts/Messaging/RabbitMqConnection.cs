using Microsoft.Extensions.Configuration;

namespace Exports.Messaging;

/// <summary>
/// The broker address both services read from <c>ConnectionStrings:RabbitMq</c>
/// (environment form <c>ConnectionStrings__RabbitMq</c>), an <c>amqp://</c> or <c>amqps://</c> URI.
/// </summary>
public sealed record RabbitMqConnection(Uri Address, string Host, int Port, string VirtualHost, string UserName, string Password)
{
    /// <summary>Configuration key of the connection string.</summary>
    public const string ConfigurationKey = "ConnectionStrings:RabbitMq";

    /// <summary>Broker used when the key is not set: a local RabbitMQ with its default account.</summary>
    public const string DefaultUri = "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>
    /// Reads and validates the connection string; throws with the key and the fix when it is invalid.
    /// </summary>
    public static RabbitMqConnection FromConfiguration(IConfiguration configuration)
    {
        var text = configuration[ConfigurationKey];

        return Parse(string.IsNullOrWhiteSpace(text) ? DefaultUri : text);
    }

    /// <summary>Parses an amqp URI such as <c>amqp://user:password@host:5672/vhost</c>.</summary>
    public static RabbitMqConnection Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException(
                $"Configuration key 'ConnectionStrings__RabbitMq' is invalid: '{Redact(text)}' is not an amqp:// or " +
                "amqps:// URI. Set it like amqp://guest:guest@127.0.0.1:5672/.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var userName = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (uri.Scheme == "amqps" ? 5671 : 5672) : uri.Port;
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));

        return new RabbitMqConnection(uri, uri.Host, port, virtualHost.Length == 0 ? "/" : virtualHost, userName, password);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Address.Scheme}://{Host}:{Port}/{VirtualHost.TrimStart('/')}";

    private static string Redact(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? text.Replace(uri.UserInfo, "***", StringComparison.Ordinal)
            : text;
}
