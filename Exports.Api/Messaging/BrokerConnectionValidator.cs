using Exports.Messaging;
using Microsoft.Extensions.Options;

namespace Exports.Api.Messaging;

/// <summary>
/// Checks <c>ConnectionStrings__RabbitMq</c> at start-up, whichever transport the bus uses, so that an invalid URI
/// stops the start with a message naming the key (with the password hidden).
/// </summary>
public sealed class BrokerConnectionValidator(IConfiguration configuration) : IValidateOptions<MessagingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        try
        {
            RabbitMqConnection.FromConfiguration(configuration);

            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
