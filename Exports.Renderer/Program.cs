using Exports.Renderer.Hosting;

var builder = RendererApplication.CreateBuilder(args);

await using var app = RendererApplication.Build(builder);
await app.RunAsync();
