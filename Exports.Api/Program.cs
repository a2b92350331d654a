using Exports.Api.Auth;
using Exports.Api.Hosting;

if (TokenCommand.IsRequested(args))
{
    return TokenCommand.Run(args[1..], Console.Out, Console.Error);
}

var app = ExportsApiApplication.Build(ExportsApiApplication.CreateBuilder(args));
await app.RunAsync();

return 0;
