using Kessan.Model;

namespace Kessan.Layout.Templates;

/// <summary>
/// A setting a template can name with <c>{{ setting:name }}</c>, and how its text is read from the package.
/// </summary>
/// <param name="Name">The name templates use, e.g. <c>company.name</c>.</param>
/// <param name="Read">Its text for a package: empty when the package leaves it out. Never null.</param>
/// <remarks>Immutable; <paramref name="Read"/> is a pure function of the package.</remarks>
public sealed record TemplateSetting(string Name, Func<ReleasePackage, string> Read);
