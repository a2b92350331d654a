using Exports.Renderer.Hosting;

var builder = RendererApplication.CreateBuilder(args);

using var host = builder.Build();
await host.RunAsync();
