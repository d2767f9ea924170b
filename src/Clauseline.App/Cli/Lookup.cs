using Clauseline.Archive;

namespace Clauseline.App.Cli;

/// <summary>Finds the platforms and documents named on the command line, or says clearly what does not exist.</summary>
public static class Lookup
{
    public static async Task<IReadOnlyList<Document>> DocumentsAsync(CliHost host, string? platform, string? type, CancellationToken cancellationToken)
    {
        if (platform is null)
            return await host.Store.GetDocumentsAsync(cancellationToken: cancellationToken);
        var found = await host.Store.FindPlatformAsync(platform, cancellationToken)
            ?? throw new UsageException($"unknown platform '{platform}' (see `clauseline platforms list`)");
        if (type is null)
            return await host.Store.GetDocumentsAsync(found.Id, cancellationToken);
        var document = await host.Store.FindDocumentAsync(found.Id, type, cancellationToken);
        if (document is null)
        {
            var known = (await host.Store.GetDocumentsAsync(found.Id, cancellationToken)).Select(d => d.TypeId);
            throw new UsageException($"{found.Name} has no document of type '{type}' (it has: {string.Join(", ", known)})");
        }
        return [document];
    }
}
