using Exports.Renderer.Hosting;

try
{
    var builder = RendererApplication.CreateBuilder(args);
    await using var app = RendererApplication.Build(builder);
    await app.RunAsync();

    return 0;
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"Exports.Renderer stopped: {exception.Message}");

    return 1;
}
