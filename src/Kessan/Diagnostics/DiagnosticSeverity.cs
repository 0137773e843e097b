namespace Kessan.Diagnostics;

/// <summary>How serious a diagnostic is. The default value is <see cref="Error"/>.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The data is wrong or unusable; nothing may be published until it is fixed.</summary>
    Error = 0,

    /// <summary>A true statement about the data that a reviewer should read; publishing may go on.</summary>
    Warning = 1,
}
