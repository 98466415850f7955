namespace Corridor.Web;

/// <summary>
/// Marker for the one resource file set (Resources/SharedResource.*.resx) that holds every UI text.
/// Keys are the English text, so English needs no file and a new language is one more .resx.
/// </summary>
public sealed class SharedResource;
