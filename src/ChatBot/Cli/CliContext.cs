namespace ChatBot.Cli;

/// <summary>The streams a verb reads and writes; tests pass their own.</summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, string[] Args);
