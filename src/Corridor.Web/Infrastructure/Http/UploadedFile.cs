namespace Corridor.Web.Infrastructure.Http;

/// <summary>
/// A file sent to an import endpoint either as the multipart field "file" (as a browser form or curl -F sends it) or
/// as the raw request body with its name in the X-File-Name header (as a script streams a national payroll).
/// </summary>
public static class UploadedFile
{
    /// <summary>The file's stream and name; both null when nothing was sent. <paramref name="buffer"/> reads a raw body
    /// into memory first, for importers that read synchronously (Kestrel refuses synchronous reads of the body).</summary>
    public static async Task<(Stream? Body, string? Name)> ReadAsync(HttpRequest request, bool buffer, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return (form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is { } file
                ? (file.OpenReadStream(), file.FileName)
                : (null, null);
        }
        if (request.ContentLength is 0) return (null, null);
        var name = request.Headers["X-File-Name"].FirstOrDefault();
        if (!buffer) return (request.Body, name);
        var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, ct);
        copy.Position = 0;
        return (copy, name);
    }
}
