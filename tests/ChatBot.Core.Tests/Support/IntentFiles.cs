using System.Text;
using ChatBot.Core.Intents;

namespace ChatBot.Core.Tests.Support;

/// <summary>Builds intent files in memory and checks them against the real article.</summary>
public static class IntentFiles
{
    public static LoadResult Check(params (string Name, string Yaml)[] files) =>
        KnowledgeLoader.Build(RealKnowledge.Result.Knowledge.Documents, files.Select(f => (f.Name, Encoding.UTF8.GetBytes(f.Yaml))));

    public static LoadResult CheckBytes(string name, byte[] bytes) =>
        KnowledgeLoader.Build(RealKnowledge.Result.Knowledge.Documents, [(name, bytes)]);

    public const string ValidIntent = """
        intents:
          - id: pledge-abkhazia
            examples:
              - How much did Russia pledge to Abkhazia?
            answer: Moscow pledged 9.2 billion rubles to Sokhumi.
            citations:
              - Moscow has pledged 9.2 billion rubles to Sokhumi.
        """;
}
