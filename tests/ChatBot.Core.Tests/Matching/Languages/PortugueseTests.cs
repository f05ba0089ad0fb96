using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class PortugueseTests
{
    [Theory]
    [InlineData("quem assinou o tratado?", "who signed the treaty?")]
    [InlineData("quanto a Rússia prometeu pra Ossétia do Sul?", "how much Russia pledged for South Ossetia?")]
    [InlineData("o que é que a UE disse?", "what EU said?")]
    [InlineData("foi assinado em Moscou, né?", "was signed in Moscow, right?")]
    [InlineData("qual é o nome do tratado?", "what is the name of the treaty?")]
    [InlineData("quanto tempo dura o tratado?", "how long lasts the treaty?")]
    [InlineData("qual a validade do acordo?", "what is the validity of the agreement?")]
    [InlineData("qnd foi a próxima rodada em Genebra?", "when was the next round in Geneva?")]
    [InlineData("quem é essa Jen Psaki", "who is this Jen Psaki")]
    [InlineData("os EUA aceitam o tratado?", "US accept the treaty?")]
    [InlineData("a Rússia é responsável pela defesa, não é?", "Russia is responsible for the defence, right?")]
    [InlineData("o que disseram aos georgianos sobre as placas de aviso?", "what told the Georgians about the warning signs?")]
    [InlineData("e a UE?", "and EU?")]
    [InlineData("o que o Tibilov disse na cerimônia?", "what Tibilov said in the ceremony?")]
    [InlineData("o Putin foi a Tskhinvali depois?", "Putin went to Tskhinvali after?")]
    [InlineData("foi o Medvedev que assinou, não foi?", "was it Medvedev that signed, right?")]
    public void PortugueseQuestionsAreReadInEnglish(string portuguese, string english)
    {
        Assert.Equal(english, Portuguese.InEnglish(portuguese));
    }

    [Theory]
    // Accents left out, chat shorthand, a European "porque" and "mil milhões".
    [InlineData("who signed, o Putin? a reacao da georgia", "who signed, Putin? the reaction of the Georgia")]
    [InlineData("porque a Geórgia reagiu assim?", "why Georgia reacted so?")]
    [InlineData("em que ano foi assinado?", "in what year was signed?")]
    [InlineData("foram 9 mil milhões de rublos?", "were 9 billion of rubles?")]
    // What it is about, the way round English asks it; "do que" is "than" in a comparison.
    [InlineData("do que fala este artigo?", "what is this article about?")]
    [InlineData("o tratado é mais profundo do que o da Abecásia?", "the treaty is deeper than the one of Abkhazia?")]
    [InlineData("do que eles reclamaram?", "what they complained?")]
    // Small talk: "falou" at the end says goodbye; the "boa noite" of a greeting is good evening.
    [InlineData("vc é humano?", "are you human?")]
    [InlineData("valeu, falou!", "thanks, bye!")]
    [InlineData("olá, good night", "hello, good evening")]
    // Chat's "q" and "oq" are "que" and "o que"; "q" after a comparison is "than".
    [InlineData("do q se trata esse artigo?", "what is this article about?")]
    [InlineData("oq vc sabe fazer?", "what can you do?")]
    [InlineData("a integracao é maior q a da abcasia?", "the integration is bigger than the one of Abkhazia?")]
    [InlineData("quais paises tavam em geneva", "which countries were in geneva")]
    [InlineData("genebra deu em alguma coisa ou nao", "Geneva resulted in anything, right")]
    [InlineData("pq o texto fala tskhinvali em vez de ossetia", "why the text talks tskhinvali instead of Ossetia")]
    [InlineData("e a abkhazia, levou qnt dinheiro?", "and the Abkhazia, got how much money?")]
    // A story's byline: "quem assina" the news is its author.
    [InlineData("de quem é a noticia pá, quem assina", "who wrote the article , who wrote it")]
    [InlineData("data do tratado pf", "date of the treaty please")]
    [InlineData("xau, fui", "bye, bye")]
    [InlineData("boas! tudo bem?", "hi! how are you?")]
    [InlineData("me da uns exemplos de pergunta", "give me some examples of question")]
    // Chat's "qm", a summary asked with "resume", what they talked about, where a meeting ended up.
    [InlineData("qm assinou essa parada", "who signed this thing")]
    [InlineData("mano resume ai essa noticia pra mim", " summarize  this news for me")]
    [InlineData("sobre o q falaram em genebra", "what did they talk about in Geneva")]
    [InlineData("no q deu a reuniao de genebra?", "what was the result of the meeting of Geneva?")]
    [InlineData("é por tempo indeterminado ou tem prazo?", "is indefinite or has term?")]
    [InlineData("falou, vou nessa", "bye, bye")]
    public void HowBraziliansAndPortugueseWriteIsRead(string portuguese, string english)
    {
        Assert.Equal(english, Portuguese.InEnglish(portuguese));
    }

    [Theory]
    [InlineData("quem assinou o tratado?")]
    [InlineData("do que fala este artigo?")]
    [InlineData("o que você sabe fazer?")]
    [InlineData("how did Geórgia react, do they recognize it?")]
    [InlineData("qual é o nome do tratado, na sua opinião?")]
    public void ReadingTwiceReadsTheSame(string portuguese)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Portuguese.InEnglish(portuguese);

        Assert.Equal(once, Portuguese.InEnglish(once));
    }

    [Theory]
    [InlineData("how did Geórgia react, do they recognize it?", "how did Georgia react, do they recognize it?")]
    [InlineData("how much a Russia prometeu? no idea", "how much Russia pledged? no idea")]
    public void PortugueseWordsInAnEnglishSentenceLeaveItsEnglishWords(string mixed, string english)
    {
        Assert.Equal(english, Portuguese.InEnglish(mixed));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("do they have no army of their own?")]
    [InlineData("was it signed as a pact?")]
    [InlineData("is the treaty good for me?")]
    [InlineData("did Lake Como host the talks?")]
    [InlineData("Are you pro Russia or pro Georgia?")]
    [InlineData("Medvedev signed the treaty na?")]
    [InlineData("what about Sao Paulo?")]
    [InlineData("oi, who signed it?")]
    [InlineData("what did the eu say?")]
    [InlineData("When do the talks resume?")]
    [InlineData("Did the participants notice any improvement at the borders?")]
    [InlineData("is the data of the article reliable?")]
    [InlineData("I realized I don't know how long it's valid. When does it run out?")]
    [InlineData("how much money has Russia assigned to South Ossetia?")]
    [InlineData("what data do you have?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Portuguese.InEnglish(english));
    }

    [Theory]
    [InlineData("qué dice el tratado sobre seguridad y defensa")]
    [InlineData("quién firmó el tratado?")]
    [InlineData("los Estados Unidos reconocen el tratado o no?")]
    [InlineData("cuánto tiempo dura el tratado?")]
    [InlineData("ano ang pangalan ng kasunduan?")]
    [InlineData("sino po ang pumirma ng treaty?")]
    [InlineData("wetin dem talk about NATO?")]
    public void SpanishTagalogAndPidginAreLeftToTheirReaders(string other)
    {
        // "tratado", "sobre", "o", "no" and "ano" are Spanish or Tagalog too, where "que" asks what and "ano" is what.
        Assert.Equal(other, Portuguese.InEnglish(other));
    }

    [Theory]
    [InlineData("who assigned the treaty?", "who signed the treaty?")]
    [InlineData("when was the treaty assigned?", "when was the treaty signed?")]
    [InlineData("the data of the signing of the treaty?", "the date of the signing of the treaty?")]
    [InlineData("where was the treaty realized?", "where was the treaty held?")]
    [InlineData("when will be realized the next round?", "when will be held the next round?")]
    [InlineData("what does Russia pretend to do with the army?", "what does Russia intend to do with the army?")]
    [InlineData("what was Russia's compromise?", "what was Russia's commitment?")]
    [InlineData("what is the quantity of money pledged for Sokhumi", "what is the amount of money pledged for Sokhumi")]
    [InlineData("give me a resume of the news", "give me a summary of the news")]
    [InlineData("Who is the journalist of this notice?", "Who is the journalist of this news?")]
    public void FalseFriendsInEnglishWordsAreRead(string brazilian, string english)
    {
        Assert.Equal(english, Portuguese.InEnglish(brazilian));
    }

    [Theory]
    [InlineData("quem assinou o tratado?", "treaty-signatories")]
    [InlineData("quando foi assinado o tratado?", "signing-date")]
    [InlineData("o tratado foi assinado em Moscou?", "signing-place")]
    [InlineData("como se chama o acordo?", "treaty-name")]
    [InlineData("o tratado vale por 25 anos, né?", "treaty-term")]
    [InlineData("quem vai proteger as fronteiras da Ossétia do Sul?", "treaty-defence")]
    [InlineData("quanto dinheiro a Rússia vai dar para a Ossétia do Sul?", "pledge-south-ossetia")]
    [InlineData("e pra Abecásia, quanto foi?", "pledge-abkhazia")]
    [InlineData("qual foi a reação da Geórgia?", "georgia-reaction")]
    [InlineData("o que a Mogherini falou sobre o tratado?", "eu-reaction")]
    [InlineData("quando é a próxima rodada em Genebra?", "geneva-next-round")]
    [InlineData("quem escreveu a matéria?", "article-author")]
    [InlineData("do que fala este artigo?", "treaty-overview")]
    [InlineData("the data of the signing of the treaty?", "signing-date")]
    [InlineData("o tratado fala algo sobre defesa?", "treaty-defence")]
    [InlineData("de quem é a noticia pá, quem assina", "article-author")]
    [InlineData("quem assina o tratado?", "treaty-signatories")]
    [InlineData("qual foi a resposta de tbilisi ao tratado", "georgia-reaction")]
    [InlineData("copresidencia das discussoes, quem era?", "geneva-cochairs")]
    [InlineData("me explica essas discussoes internacionais sobre a transcaucasia ai", "geneva-talks")]
    [InlineData("e os orgaos de seguranca deles, passam pra russia tb?", "treaty-armed-forces")]
    [InlineData("Quem assina este artigo?", "article-author")]
    [InlineData("A Rússia passa a cuidar da defesa deles, é isso?", "treaty-defence")]
    [InlineData("tem grana envolvida nisso?", "pledge-south-ossetia")]
    [InlineData("esse acordo é mais forte q o da abkhazia?", "abkhazia-comparison")]
    [InlineData("Quem se opôs ao tratado?", "reactions-overview")]
    [InlineData("Do que trataram as discussões de Genebra?", "geneva-talks")]
    [InlineData("quem mandou representante pra genebra", "geneva-participants")]
    [InlineData("O que preocupa as delegações da Abecásia e da Ossétia em relação à NATO?", "geneva-nato-concerns")]
    [InlineData("eles tem medo de exercicio militar da otan na georgia?", "geneva-nato-concerns")]
    [InlineData("no q deu a reuniao de genebra?", "geneva-outcome")]
    [InlineData("q tratado é esse q todo mundo ta falando", "treaty-overview")]
    public void APortugueseQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("oi, tudo bem?", "greeting")]
    [InlineData("valeu!", "thanks")]
    [InlineData("tchau!", "goodbye")]
    [InlineData("vc é humano?", "bot-identity")]
    [InlineData("flw", "goodbye")]
    [InlineData("ate mais bot", "goodbye")]
    [InlineData("brigadao mano", "thanks")]
    [InlineData("oq vc sabe fazer?", "help")]
    [InlineData("eae", "greeting")]
    [InlineData("falou, vou nessa", "goodbye")]
    [InlineData("q tipo de pergunta posso fazer?", "help")]
    [InlineData("Achas que isto é legal?", "opinion")]
    [InlineData("o que você acha do tratado?", "opinion")]
    public void PortugueseSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("qual é a população da Ossétia do Sul?")]
    [InlineData("o que a China disse sobre o tratado?")]
    [InlineData("quanto dinheiro a Rússia vai dar em 2018?")]
    [InlineData("quem é o presidente da Geórgia?")]
    [InlineData("o que o Tibilov disse na cerimônia?")]
    [InlineData("quantos anos ele tem?")]
    public void APortugueseNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
