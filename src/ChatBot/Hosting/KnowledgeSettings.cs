using System.ComponentModel.DataAnnotations;

namespace ChatBot.Hosting;

/// <summary>Where the intents and seed articles live (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeSettings
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Knowledge";

    /// <summary>Folder of intent YAML files; relative paths are looked up from the working folder upwards.</summary>
    [Required(AllowEmptyStrings = false)]
    public string IntentsPath { get; set; } = "intents";

    /// <summary>Folder of seed articles (*.txt).</summary>
    [Required(AllowEmptyStrings = false)]
    public string SeedsPath { get; set; } = "seeds";
}
