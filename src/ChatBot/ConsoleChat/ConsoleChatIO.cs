namespace ChatBot.ConsoleChat;

/// <summary>The terminal the console chat talks through; tests substitute their own reader and writer.</summary>
public sealed record ConsoleChatIO(TextReader In, TextWriter Out);
