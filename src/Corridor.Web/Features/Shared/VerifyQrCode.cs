using Microsoft.AspNetCore.Http;

namespace Corridor.Web.Features.Shared;

/// <summary>
/// The QR code printed on permits, orientation certificates and deployment clearances: the absolute address of the
/// public verify page for the document's code, as a PNG data URI the print page embeds (no second request, prints offline).
/// </summary>
public static class VerifyQrCode
{
    /// <summary>The verify address on this host, e.g. <c>https://corridor.gov.kz/verify/ABC123</c>.</summary>
    public static string Url(HttpRequest request, string path, string code) =>
        $"{request.Scheme}://{request.Host}{path}{Uri.EscapeDataString(code)}";

    public static string DataUri(string url)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(8));
    }
}
