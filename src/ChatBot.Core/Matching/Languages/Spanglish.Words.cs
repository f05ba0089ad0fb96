using System.Collections.Frozen;

namespace ChatBot.Core.Matching.Languages;

/// <summary>The words and phrases <see cref="Spanglish"/> reads, and the marker words that show a message is Spanish.</summary>
internal static partial class Spanglish
{
    // Several words that mean one thing, before the words are read one by one; each also without its accents. A hyphen
    // may join them ("co-presidían").
    private static readonly Phrasebook Phrases = new(ReaderTables.MarkedWithUnaccented(new Dictionary<string, string>
    {
        // Question words.
        ["por qué"] = "why", ["x qué"] = "why", ["para qué"] = "what for", ["pa qué"] = "what for", ["por quién"] = "by whom",
        ["a quién"] = "to whom", ["cuál es"] = "what is", ["cual es"] = "what is", ["cuál fue"] = "what was", ["cuáles son"] = "what are",
        ["cuáles fueron"] = "what were", ["cuál era"] = "what was", ["qué es"] = "what is", ["qué son"] = "what are",
        ["qué fue"] = "what was", ["quién es"] = "who is", ["quiénes son"] = "who are", ["quién era"] = "who was",
        ["quién fue"] = "who was", ["cuánto tiempo"] = "how long", ["cuanto tiempo"] = "how long", ["cuánto dura"] = "how long is",
        ["cuántos años dura"] = "how long is", ["por cuánto tiempo"] = "how long", ["hasta cuándo"] = "until when",
        ["desde cuándo"] = "since when", ["cuántos años tiene"] = "how old is", ["qué edad tiene"] = "how old is",
        ["qué tan"] = "how", ["qué tanto"] = "how much", ["qué tipo de"] = "what kind of", ["qué clase de"] = "what kind of",
        ["de qué trata"] = "what is about", ["de qué tratan"] = "what are about", ["de qué va"] = "what is about",
        ["de qué se trata"] = "what is it about", ["de qué habla"] = "what is about", ["de qué hablaron"] = "what did they talk about",
        ["sobre qué"] = "about what", ["en qué quedaron"] = "what did they agree", ["a qué se debe"] = "what is the reason for",
        ["qué tiene que ver"] = "what does it have to do with", ["que tiene que ver"] = "what does it have to do with",
        ["qué pinta"] = "what does it have to do with", ["a qué se refiere"] = "what does it mean", ["se refiere a"] = "means",
        ["qué significa"] = "what does mean", ["qué quiere decir"] = "what does mean", ["quiere decir"] = "means",
        ["cómo se llama"] = "what is the name of", ["como se llama"] = "what is the name of", ["cómo le dicen"] = "what is the name of",
        ["como le dicen"] = "what is the name of", ["cómo se titula"] = "what is the name of", ["se llama"] = "is called",
        ["cómo terminó"] = "how did end", ["cómo terminaron"] = "how did end", ["cómo acabó"] = "how did end",
        ["cómo fue"] = "how was", ["qué cargo tiene"] = "what job has", ["qué cargo tenía"] = "what job had",
        // What the article and the treaty say.
        ["el artículo pone"] = "the article says", ["pone el artículo"] = "says the article", ["qué pone"] = "what says",
        ["en la noticia"] = "in the article", ["sale en"] = "is mentioned in", ["que sale"] = "mentioned", ["se menciona"] = "is mentioned",
        ["o sea"] = string.Empty, ["es decir"] = string.Empty, ["en plan"] = string.Empty, ["a ver"] = string.Empty,
        ["es verdad que"] = "is it true that", ["es cierto que"] = "is it true that", ["es verdad q"] = "is it true that",
        ["es cierto q"] = "is it true that", ["coincidieron en"] = "agreed on", ["coinciden en"] = "agree on", ["le dijeron"] = "told", ["les dijeron"] = "told", ["le dijo"] = "told",
        ["les dijo"] = "told", ["se le dijo"] = "was told", ["se les dijo"] = "were told", ["le contó"] = "told", ["o algo así"] = string.Empty,
        ["y eso"] = string.Empty, ["y todo eso"] = string.Empty, ["con todo esto"] = "with this", ["todo esto"] = "this",
        ["en persona"] = "himself", ["entre comillas"] = "in quotes", ["todo el rato"] = string.Empty,
        ["hoy en día"] = "today", ["al final"] = "in the end", ["al frente"] = "at the head", ["a cargo de"] = "in charge of",
        ["se encarga de"] = "is responsible for", ["se encargan de"] = "are responsible for", ["se encargará de"] = "will be responsible for",
        ["se hace cargo de"] = "takes over", ["se hará cargo de"] = "will take over", ["hacerse cargo de"] = "take over",
        ["formar parte"] = "become part", ["forman parte"] = "become part", ["forma parte"] = "is part", ["pasan a formar parte"] = "become part",
        ["pasa a formar parte"] = "becomes part", ["pasan a ser parte"] = "become part", ["pasan a ser"] = "become",
        ["por parte de"] = "for", ["x parte de"] = "for", ["de parte de"] = "for", ["en nombre de"] = "for",
        ["se parece al"] = "is similar to the one", ["se parece a"] = "is similar to", ["se parecen"] = "are similar",
        ["parecido al"] = "similar to the one", ["igual que"] = "the same as", ["igual al"] = "the same as the one",
        ["lo mismo"] = "the same", ["el de"] = "the one of", ["la de"] = "the one of", ["el del"] = "the one of the",
        ["más profunda"] = "deeper", ["más profundo"] = "deeper", ["integra más"] = "integrates deeper",
        ["llegaron a un acuerdo"] = "agreed", ["llegaron a algún acuerdo"] = "agreed", ["llegaron a algo"] = "agreed",
        ["hubo acuerdo"] = "did they agree", ["hubo algún acuerdo"] = "did they agree", ["hubo algun acuerdo"] = "did they agree",
        ["le pareció mal"] = "objected", ["les pareció mal"] = "objected", ["pareció mal"] = "objected",
        ["se quejó"] = "complained", ["se quejaron"] = "complained", ["se pronunció"] = "commented", ["se pronunciaron"] = "commented",
        ["dijo algo"] = "said anything", ["dijeron algo"] = "said anything", ["hizo bien"] = "did the right thing",
        ["hicieron bien"] = "did the right thing", ["va a haber"] = "will there be", ["habrá"] = "will there be",
        ["se vuelven a reunir"] = "meet again", ["se vuelve a reunir"] = "meets again", ["volverán a reunirse"] = "will meet again",
        ["se reúnen"] = "meet", ["se reunirán"] = "will meet", ["se reunieron"] = "met", ["de nuevo"] = "again",
        ["otra vez"] = "again", ["a la vez"] = "at the same time", ["al mismo tiempo"] = "at the same time",
        ["seguir trabajando"] = "continue to work", ["siguen trabajando"] = "continue to work", ["seguirán trabajando"] = "continue to work",
        ["en cuanto a"] = "about", ["en temas de"] = "about", ["en el tema de"] = "about", ["en materia de"] = "about",
        ["en 2 líneas"] = string.Empty, ["en dos líneas"] = string.Empty, ["en pocas palabras"] = string.Empty,
        ["en una frase"] = string.Empty, ["en 2 frases"] = string.Empty, ["en dos frases"] = string.Empty, ["en resumen"] = string.Empty, ["respecto a"] = "about", ["con respecto a"] = "about", ["acerca de"] = "about",
        ["de acuerdo con"] = "according to", ["según lo que"] = "according to what", ["a pesar de"] = "despite",
        ["antes de"] = "before", ["después de"] = "after", ["despues de"] = "after", ["luego de"] = "after",
        ["a finales de"] = "by the end of", ["a fines de"] = "by the end of", ["hasta fines de"] = "by the end of",
        ["hasta finales de"] = "by the end of", ["para finales de"] = "by the end of", ["para fines de"] = "by the end of",
        ["fin de"] = "end of", ["finales de"] = "end of", ["fines de"] = "end of", ["el año pasado"] = "last year",
        ["cada año"] = "every year", ["al año"] = "a year", ["por año"] = "a year",
        ["mil millones"] = "billion", ["miles de millones"] = "billions",
        // The people and places of the article.
        ["osetia del sur"] = "South Ossetia", ["osetia del norte"] = "North Ossetia", ["estados unidos"] = "US",
        ["ee uu"] = "US", ["ee. uu"] = "US", ["unión europea"] = "EU", ["naciones unidas"] = "UN", ["casa blanca"] = "White House",
        ["departamento de estado"] = "State Department", ["secretario de estado"] = "Secretary of State",
        ["ministerio de exteriores"] = "foreign ministry", ["ministerio de relaciones exteriores"] = "foreign ministry",
        ["ministerio de asuntos exteriores"] = "foreign ministry", ["cancillería"] = "foreign ministry",
        ["ministro de exteriores"] = "foreign minister", ["ministro de relaciones exteriores"] = "foreign minister",
        ["ministro de asuntos exteriores"] = "foreign minister", ["viceministro de exteriores"] = "deputy foreign minister",
        ["viceministro de asuntos exteriores"] = "deputy foreign minister", ["vice ministro"] = "deputy minister",
        ["relaciones exteriores"] = "foreign affairs", ["asuntos exteriores"] = "foreign affairs",
        ["política exterior"] = "foreign policy", ["jefa de la diplomacia"] = "foreign policy chief",
        ["jefe de la diplomacia"] = "foreign policy chief", ["alta representante"] = "High Representative",
        ["alto representante"] = "High Representative", ["comunidad internacional"] = "international community",
        ["cáucaso sur"] = "South Caucasus", ["cáucaso del sur"] = "South Caucasus", ["consejo de seguridad"] = "Security Council",
        ["régimen de ocupación"] = "occupation regime", ["del lado ruso"] = "for Russia", ["por rusia"] = "for Russia",
        ["co presidentes"] = "co-chairs", ["co presidente"] = "co-chair", ["co presidían"] = "co-chaired",
        ["co presidió"] = "co-chaired", ["co presidieron"] = "co-chaired",
        // The treaty, its clauses and its money.
        ["fuerzas armadas"] = "armed forces", ["servicios de seguridad"] = "security agencies",
        ["organismos de seguridad"] = "security agencies", ["órganos de seguridad"] = "security agencies",
        ["agencias de seguridad"] = "security agencies", ["cuerpos de seguridad"] = "security agencies",
        ["tropas fronterizas"] = "border troops", ["guardias fronterizos"] = "border guards", ["guardia fronteriza"] = "border guards",
        ["guardias de frontera"] = "border guards", ["señales de advertencia"] = "warning signs", ["señales de aviso"] = "warning signs",
        ["carteles de advertencia"] = "warning signs", ["carteles de la frontera"] = "warning signs on the border",
        ["letreros de advertencia"] = "warning signs", ["ejercicios militares"] = "military exercises",
        ["integración militar"] = "military integration", ["integridad territorial"] = "territorial integrity",
        ["derecho internacional"] = "international law", ["alto el fuego"] = "ceasefire", ["tendencia positiva"] = "positive trend",
        ["nombre oficial"] = "official name", ["nombre completo"] = "full name", ["en vigor"] = "in force",
        ["para siempre"] = "forever", ["ayuda financiera"] = "financial aid", ["ayuda económica"] = "economic aid",
        ["desarrollo socioeconómico"] = "social-economic development", ["desarrollo económico"] = "economic development",
        ["desarrollo social"] = "social development", ["cifra exacta"] = "exact amount",
        // Small talk.
        ["buenos días"] = "good morning", ["buen día"] = "good morning", ["buenas tardes"] = "good afternoon",
        ["buenas noches"] = "good evening", ["qué tal"] = "how are you", ["que tal"] = "how are you", ["qué onda"] = "what's up",
        ["que onda"] = "what's up", ["qué hubo"] = "what's up", ["qué hay"] = "what's up", ["qué pasó"] = "what happened",
        ["cómo estás"] = "how are you", ["cómo está"] = "how is", ["cómo andas"] = "how are you", ["cómo andás"] = "how are you",
        ["cómo va"] = "how is it going", ["cómo vas"] = "how are you", ["todo bien"] = "how are you",
        ["muchas gracias"] = "thank you very much", ["muchísimas gracias"] = "thank you very much", ["mil gracias"] = "thanks a lot",
        ["te agradezco"] = "thanks", ["se agradece"] = "thanks", ["muy amable"] = "thanks", ["por favor"] = "please",
        ["hasta luego"] = "goodbye", ["hasta pronto"] = "goodbye", ["hasta mañana"] = "goodbye", ["hasta la próxima"] = "goodbye",
        ["hasta la vista"] = "goodbye", ["nos vemos"] = "goodbye", ["me voy"] = "goodbye", ["me despido"] = "goodbye",
        ["quién eres"] = "who are you", ["quien eres"] = "who are you", ["quién sos"] = "who are you", ["quién es usted"] = "who are you",
        ["qué eres"] = "what are you", ["eres un"] = "are you a", ["eres una"] = "are you a", ["sos un"] = "are you a",
        ["sos una"] = "are you a", ["es usted"] = "are you", ["hablo con"] = "am I talking to", ["estoy hablando con"] = "am I talking to",
        ["qué opinas"] = "what do you think", ["qué piensas"] = "what do you think", ["qué opinás"] = "what do you think",
        ["qué pensás"] = "what do you think", ["qué opina usted"] = "what do you think", ["tu opinión"] = "your opinion",
        ["su opinión"] = "its position", ["de qué lado estás"] = "who do you side with", ["de qué lado"] = "which side",
        ["qué puedo preguntarte"] = "what can I ask you", ["qué puedo preguntar"] = "what can I ask", ["qué te puedo preguntar"] = "what can I ask you",
        ["qué puedes hacer"] = "what can you do", ["qué sabes hacer"] = "what can you do", ["qué podés hacer"] = "what can you do",
        ["cómo funciona"] = "how does it work", ["como funciona"] = "how does it work", ["cómo te uso"] = "how do I use you",
        ["no sé"] = "I don't know", ["no se"] = "I don't know", ["no entiendo"] = "I don't understand",
        ["una duda"] = string.Empty, ["una pregunta"] = string.Empty, ["una preguntita"] = string.Empty,
        ["perdón la ignorancia"] = "sorry", ["perdona la ignorancia"] = "sorry", ["me lo resumes"] = "summarize it for me",
        ["me lo resumís"] = "summarize it for me", ["me resumes"] = "summarize for me", ["resúmeme"] = "summarize for me",
        ["cuéntame"] = "tell me", ["cuéntanos"] = "tell us", ["contame"] = "tell me", ["dime"] = "tell me", ["decime"] = "tell me",
        ["dinos"] = "tell us", ["explícame"] = "explain to me", ["explicame"] = "explain to me", ["me explicas"] = "explain to me",
        ["me puedes decir"] = "can you tell me", ["me puedes explicar"] = "can you explain", ["me podés decir"] = "can you tell me",
        ["me podrías decir"] = "could you tell me", ["me dices"] = "tell me", ["me decís"] = "tell me", ["sabes si"] = "do you know if",
        ["sabes cuándo"] = "do you know when", ["sabes quién"] = "do you know who", ["inteligencia artificial"] = "AI",
        ["quién eres tú"] = "who are you", ["eres tú"] = "are you", ["qué preguntar"] = "what to ask", ["dame ideas"] = "give me ideas",
        // "explícame en español": the language the reader wants the answer in, no word of the question.
        ["en español"] = string.Empty, ["en castellano"] = string.Empty,
        // How readers ask about the talks, the borders and the places.
        ["de qué se habló"] = "what did they talk about", ["se habló"] = "they talked", ["sentados en la mesa"] = "present at the talks",
        ["en la mesa"] = "at the talks", ["entrando a"] = "joining", ["entrando en"] = "joining", ["entrar a"] = "join",
        ["entrar en"] = "join", ["ingresar a"] = "join", ["ingresar en"] = "join", ["poner infraestructura"] = "build infrastructure",
        ["crear infraestructura"] = "build infrastructure", ["acercarse a"] = "moving towards", ["acercamiento a"] = "moving towards",
        ["es contrario a"] = "is contrary to", ["va en contra de"] = "is contrary to", ["qué pasa con"] = "what about",
        ["en la frontera"] = "on the border", ["señales fronterizas"] = "border warning signs", ["letreros fronterizos"] = "border warning signs",
        ["carteles fronterizos"] = "border warning signs", ["línea fronteriza"] = "border line", ["se deben resolver"] = "should be resolved",
        ["deben resolverse"] = "should be resolved", ["se vuelven a juntar"] = "meet again", ["se vuelven a ver"] = "meet again",
        ["volver a juntarse"] = "meet again", ["se van a juntar"] = "will meet", ["se juntan"] = "meet", ["se juntaron"] = "met",
        ["cuándo sigue"] = "when is the next", ["cuándo sigue la"] = "when is the next", ["cuándo sigue el"] = "when is the next",
        ["ya tiene fecha"] = "is there a date", ["tiene fecha"] = "is there a date", ["los temas de la"] = "the issues of the", ["quién manda"] = "who leads",
        ["ossetia del sur"] = "South Ossetia", ["ossetia del norte"] = "North Ossetia", ["dónde queda"] = "where is",
        ["por qué dicen"] = "why does it say", ["por qué dice"] = "why does it say", ["delegación georgiana"] = "Georgian delegation",
        ["delegación rusa"] = "Russian delegation", ["planteó el tema"] = "raised the issue", ["plantearon el tema"] = "raised the issue",
        ["noticia principal"] = "main news", ["tema principal"] = "main topic", ["idea principal"] = "main idea",
        // "quién firma la nota?": who wrote the article, no signing of the treaty; "de quién es esta noticia?" whose article.
        ["quién firma la nota"] = "who wrote the article", ["quién firmó la nota"] = "who wrote the article",
        ["quién firma el artículo"] = "who wrote the article", ["quién firmó el artículo"] = "who wrote the article",
        ["quién firma la noticia"] = "who wrote the article", ["de quién es esta noticia"] = "who wrote this article",
        ["de quién es la noticia"] = "who wrote the article", ["de quién es el artículo"] = "who wrote the article",
        ["de quién es este artículo"] = "who wrote this article", ["de quién es la nota"] = "who wrote the article",
        ["de quién es esta nota"] = "who wrote this article",
        ["me podría explicar"] = "could you explain", ["me podrías explicar"] = "could you explain",
        ["me puedes contar"] = "can you tell me", ["me podés contar"] = "can you tell me",
        ["qué cargo ocupa"] = "what job has", ["qué cargo ocupaba"] = "what job had",
        ["le agradezco"] = "thanks", ["les agradezco"] = "thanks", ["te parece bien"] = "what do you think of",
        ["os parece bien"] = "what do you think of", ["a qué se refieren"] = "what does mean",
        ["los demás países"] = "other countries", ["llamaron la atención"] = "warned", ["llamó la atención"] = "warned",
        ["lo acordado"] = "the agreements", ["va contra"] = "is contrary to", ["van contra"] = "are contrary to",
        ["se quedó con"] = "annexed", ["qué es eso de"] = "what is", ["nunca lo había oído"] = string.Empty,
        ["quedar bajo"] = "become part of", ["quedan bajo"] = "become part of", ["quedarán bajo"] = "will become part of",
        ["se ha calmado"] = "has stabilized", ["se calmó"] = "stabilized",
    }), hyphens: true);

    // One word each, as written; the table adds each without its accents ("cuanto", "firmo", "reunion").
    private static Dictionary<string, string> WordTable() => new(StringComparer.Ordinal)
    {
        // Question words. "que" and "como" ask only where a sentence starts (see OpeningQue).
        ["qué"] = "what", ["que"] = "that", ["q"] = "that", ["k"] = "what", ["kien"] = "who", ["kienes"] = "who", ["quién"] = "who", ["quien"] = "who", ["quiénes"] = "who",
        ["quienes"] = "who", ["cuándo"] = "when", ["cuando"] = "when", ["dónde"] = "where", ["donde"] = "where",
        ["adónde"] = "where", ["adonde"] = "where", ["cuánto"] = "how much", ["cuanto"] = "how much", ["cuánta"] = "how much",
        ["cuanta"] = "how much", ["cuántos"] = "how many", ["cuantos"] = "how many", ["cuántas"] = "how many",
        ["cuantas"] = "how many", ["cómo"] = "how", ["como"] = "as", ["cuál"] = "which", ["cual"] = "which", ["cuáles"] = "which",
        ["cuales"] = "which", ["porqué"] = "why", ["porque"] = "because", ["pq"] = "because", ["xq"] = "because",
        // Articles, prepositions and their contractions.
        ["el"] = "the", ["la"] = "the", ["los"] = "the", ["las"] = "the", ["lo"] = string.Empty, ["un"] = "a", ["una"] = "a",
        ["unos"] = "some", ["unas"] = "some", ["al"] = "to the", ["del"] = "of the", ["de"] = "of", ["a"] = "to", ["en"] = "in",
        ["con"] = "with", ["sin"] = "without", ["para"] = "for", ["pa"] = "for", ["pal"] = "for the", ["por"] = "for",
        ["x"] = "for", ["sobre"] = "about", ["entre"] = "between", ["hasta"] = "until", ["desde"] = "since", ["contra"] = "against",
        ["tras"] = "after", ["después"] = "after", ["luego"] = "then", ["antes"] = "before", ["durante"] = "during",
        ["hacia"] = "towards", ["ante"] = "to", ["según"] = "according to", ["mediante"] = "through", ["aparte"] = "apart",
        // Conjunctions, pronouns and adverbs.
        ["y"] = "and", ["e"] = "and", ["o"] = "or", ["u"] = "or", ["ni"] = "nor", ["pero"] = "but", ["aunque"] = "although",
        ["si"] = "if", ["sí"] = "yes", ["no"] = "not", ["ya"] = "already", ["se"] = string.Empty, ["le"] = string.Empty,
        ["les"] = string.Empty, ["me"] = "me", ["te"] = "you", ["nos"] = "us", ["os"] = "you", ["mi"] = "my", ["mis"] = "my",
        ["tu"] = "your", ["tus"] = "your", ["tú"] = "you", ["vos"] = "you", ["usted"] = "you", ["ustedes"] = "you",
        ["vosotros"] = "you", ["vosotras"] = "you", ["yo"] = "I", ["él"] = "he", ["ella"] = "she", ["ellos"] = "they",
        ["ellas"] = "they", ["nosotros"] = "we", ["su"] = "its", ["sus"] = "their", ["suyo"] = "its", ["esto"] = "this",
        ["eso"] = "that", ["este"] = "this", ["esta"] = "this", ["estos"] = "these", ["estas"] = "these", ["ese"] = "that",
        ["esa"] = "that", ["esos"] = "those", ["esas"] = "those", ["aquel"] = "that", ["aquella"] = "that", ["algo"] = "anything",
        ["alguien"] = "anyone", ["nadie"] = "nobody", ["nada"] = "nothing", ["algún"] = "any", ["alguna"] = "any",
        ["alguno"] = "any", ["algunos"] = "some", ["algunas"] = "some", ["todo"] = "all", ["toda"] = "all", ["todos"] = "all",
        ["todas"] = "all", ["otro"] = "other", ["otra"] = "another", ["otros"] = "other", ["otras"] = "other", ["cada"] = "each",
        ["también"] = "too", ["tampoco"] = "either", ["solo"] = "only", ["sólo"] = "only", ["solamente"] = "only",
        ["más"] = "more", ["menos"] = "less", ["muy"] = "very", ["mucho"] = "much", ["mucha"] = "much", ["muchos"] = "many",
        ["muchas"] = "many", ["tanto"] = "so much", ["tanta"] = "so much", ["poco"] = "little", ["bien"] = "well",
        ["mal"] = "bad", ["mismo"] = "same", ["misma"] = "same", ["igual"] = "same", ["iguales"] = "the same",
        ["aquí"] = "here", ["acá"] = "here", ["ahí"] = "there", ["allí"] = "there", ["allá"] = "there", ["ahora"] = "now",
        ["hoy"] = "today", ["ayer"] = "yesterday", ["mañana"] = "tomorrow", ["siempre"] = "always", ["nunca"] = "never",
        ["todavía"] = "still", ["aún"] = "still", ["así"] = "so", ["entonces"] = "so", ["exactamente"] = "exactly",
        ["exacto"] = "exact", ["exacta"] = "exact", ["realmente"] = "really", ["oficialmente"] = "officially",
        ["personalmente"] = "personally", ["juntos"] = "together", ["finalmente"] = "finally", ["primero"] = "first",
        ["primera"] = "first", ["segundo"] = "second", ["último"] = "last", ["última"] = "last", ["casi"] = "almost",
        ["aproximadamente"] = "about", ["unos cuantos"] = "some", ["claramente"] = "clearly", ["directamente"] = "directly",
        ["actualmente"] = "currently", ["actual"] = "current", ["antes"] = "before", ["pronto"] = "soon",
        // Fillers: how a chat sounds, no words of the question.
        ["oye"] = string.Empty, ["oiga"] = string.Empty, ["pues"] = string.Empty, ["bueno"] = "ok", ["vale"] = "ok",
        ["dale"] = "ok", ["che"] = string.Empty, ["tío"] = string.Empty, ["tía"] = string.Empty, ["güey"] = string.Empty,
        ["guey"] = string.Empty, ["wey"] = string.Empty, ["we"] = string.Empty, ["neta"] = "really", ["mira"] = string.Empty,
        ["mirá"] = string.Empty, ["hombre"] = string.Empty, ["mijo"] = string.Empty, ["mija"] = string.Empty,
        ["weón"] = string.Empty, ["boludo"] = string.Empty, ["pibe"] = string.Empty, ["parce"] = string.Empty,
        ["parcero"] = string.Empty, ["hermano"] = string.Empty, ["chamo"] = string.Empty, ["pana"] = string.Empty,
        ["compa"] = string.Empty, ["loco"] = string.Empty, ["crack"] = string.Empty, ["jaja"] = string.Empty,
        ["jajaja"] = string.Empty, ["jajajaja"] = string.Empty, ["jeje"] = string.Empty, ["jsjs"] = string.Empty,
        ["xd"] = string.Empty, ["xfa"] = "please", ["porfa"] = "please", ["porfis"] = "please", ["plis"] = "please",
        ["porfavor"] = "please", ["perdón"] = "sorry", ["perdona"] = "sorry", ["perdone"] = "sorry", ["disculpa"] = "sorry",
        ["disculpe"] = "sorry", ["disculpen"] = "sorry", ["disculpad"] = "sorry", ["rápido"] = "quick", ["rapidito"] = "quick",
        ["digo"] = string.Empty, ["tipo"] = string.Empty, ["onda"] = string.Empty, ["vamos"] = string.Empty,
        ["claro"] = "sure", ["cierto"] = "true", ["verdad"] = "true", ["correcto"] = "correct", ["falso"] = "false",
        ["mentira"] = "false", ["cosa"] = "thing", ["cosas"] = "things", ["rollo"] = "thing", ["movida"] = "thing",
        ["tal"] = string.Empty, ["contexto"] = "context", ["historia"] = "history", ["dato"] = "fact", ["datos"] = "facts",
        // Being, having, going, doing, saying: the verbs every question leans on.
        ["es"] = "is", ["son"] = "are", ["fue"] = "was", ["fueron"] = "were", ["era"] = "was", ["eran"] = "were",
        ["será"] = "will be", ["serán"] = "will be", ["sería"] = "would be", ["serían"] = "would be", ["ser"] = "be",
        ["soy"] = "am", ["eres"] = "are you", ["sos"] = "are you", ["somos"] = "are", ["sois"] = "are", ["sea"] = "be",
        ["sido"] = "been", ["siendo"] = "being", ["está"] = "is", ["están"] = "are", ["estaba"] = "was", ["estaban"] = "were",
        ["estuvo"] = "was", ["estuvieron"] = "were", ["estará"] = "will be", ["estarán"] = "will be", ["estar"] = "be",
        ["estoy"] = "am", ["estás"] = "are you", ["estamos"] = "are", ["esté"] = "is", ["hay"] = "is there", ["hubo"] = "was there",
        ["había"] = "there was", ["ha"] = "has", ["han"] = "have", ["he"] = "have", ["has"] = "have", ["hemos"] = "have",
        ["habían"] = "had", ["haya"] = "has", ["hayan"] = "have", ["tiene"] = "has", ["tienen"] = "have", ["tenía"] = "had",
        ["tenían"] = "had", ["tuvo"] = "had", ["tuvieron"] = "had", ["tendrá"] = "will have", ["tendrán"] = "will have",
        ["tener"] = "have", ["tengo"] = "have", ["tienes"] = "have", ["tenés"] = "have", ["tenemos"] = "have",
        ["va"] = "will", ["van"] = "will", ["iba"] = "would", ["iban"] = "would", ["ir"] = "go", ["voy"] = "will",
        ["vas"] = "will", ["vais"] = "will", ["fui"] = "went", ["yendo"] = "going", ["hace"] = "does", ["hacen"] = "do",
        ["hizo"] = "did", ["hicieron"] = "did", ["hecho"] = "done", ["hará"] = "will do", ["harán"] = "will do", ["hacer"] = "do",
        ["hago"] = "do", ["haces"] = "do", ["dice"] = "says", ["dicen"] = "say", ["dijo"] = "said", ["dijeron"] = "said",
        ["dicho"] = "said", ["dirá"] = "will say", ["decir"] = "say", ["dijiste"] = "said", ["da"] = "gives", ["dan"] = "give",
        ["dio"] = "gave", ["dieron"] = "gave", ["dado"] = "given", ["dará"] = "will give", ["darán"] = "will give",
        ["daría"] = "would give", ["dar"] = "give", ["den"] = "give", ["dé"] = "give", ["doy"] = "give", ["puede"] = "can",
        ["pueden"] = "can", ["podría"] = "could", ["podrían"] = "could", ["pudo"] = "could", ["puedo"] = "can I",
        ["puedes"] = "can you", ["podés"] = "can you", ["podéis"] = "can you", ["poder"] = "can", ["quiere"] = "wants",
        ["quieren"] = "want", ["quería"] = "wanted", ["quiero"] = "want", ["quisiera"] = "would like", ["sabe"] = "knows",
        ["saben"] = "know", ["sabía"] = "knew", ["sé"] = "know", ["sabes"] = "know", ["sabés"] = "know", ["sabéis"] = "know",
        ["saber"] = "know", ["ve"] = "sees", ["ven"] = "see", ["vio"] = "saw", ["visto"] = "seen", ["ver"] = "see",
        ["viene"] = "comes", ["vienen"] = "come", ["vino"] = "came", ["vinieron"] = "came", ["pone"] = "puts", ["ponen"] = "put",
        ["puso"] = "put", ["pusieron"] = "put", ["poner"] = "put", ["sale"] = "is mentioned", ["salen"] = "are mentioned",
        ["salió"] = "came out", ["sigue"] = "still is", ["siguen"] = "still are", ["siguió"] = "continued",
        ["seguir"] = "continue", ["cree"] = "thinks", ["creen"] = "think", ["creo"] = "think", ["crees"] = "do you think",
        ["creés"] = "do you think", ["piensa"] = "thinks", ["piensan"] = "think", ["pienso"] = "think", ["piensas"] = "think",
        ["vuelve"] = "again", ["vuelven"] = "again", ["volvió"] = "again", ["volver"] = "again", ["entiendo"] = "understand",
        ["entiende"] = "understands", ["cuenta"] = "tells", ["cuentan"] = "tell", ["contó"] = "told", ["parece"] = "seems",
        ["parecen"] = "seem", ["pareció"] = "seemed", ["pide"] = "asks", ["piden"] = "ask", ["pidió"] = "asked",
        ["pidieron"] = "asked", ["pedir"] = "ask", ["advierte"] = "warns", ["advirtió"] = "warned", ["advirtieron"] = "warned",
        ["advertir"] = "warn", ["invierte"] = "invests", ["invirtió"] = "invested", ["invertir"] = "invest", ["incluye"] = "includes",
        ["incluyen"] = "include", ["incluyó"] = "included", ["incluir"] = "include", ["contiene"] = "contains",
        ["contienen"] = "contain", ["obtiene"] = "gets", ["obtuvo"] = "got", ["consigue"] = "gets", ["consiguió"] = "got",
        ["mantiene"] = "keeps", ["empieza"] = "starts", ["empiezan"] = "start", ["comienza"] = "starts", ["reúne"] = "meets",
        ["reúnen"] = "meet", ["recuerda"] = "remembers", ["gobierna"] = "governs", ["defiende"] = "defends",
        ["defienden"] = "defend", ["refuerza"] = "strengthens", ["niega"] = "denies", ["traduce"] = "translate",
        ["convierte"] = "becomes", ["convirtió"] = "became", ["murió"] = "died", ["muertos"] = "dead", ["escrito"] = "written",
        ["leer"] = "read", ["leerlo"] = "read it", ["preguntarte"] = "ask you", ["acuerdan"] = "agree", ["cuesta"] = "costs",
        ["juega"] = "plays", ["aprueba"] = "approves", ["resuelve"] = "resolves", ["resolver"] = "resolve",
        ["interesa"] = "interests", ["importa"] = "matters", ["toca"] = "gets", ["tocan"] = "get", ["tocó"] = "got",
        ["llevó"] = "got", ["llevaron"] = "got", ["vive"] = "lives", ["viven"] = "live",
        ["hablo"] = "am I talking", ["exteriores"] = "foreign affairs", ["exterior"] = "foreign", ["osetias"] = "Ossetian",
        ["previsto"] = "scheduled", ["prevista"] = "scheduled", ["previstas"] = "scheduled", ["previstos"] = "scheduled",
        ["tengo"] = "have", ["desaparece"] = "disappear", ["unir"] = "join", ["unirse"] = "join", ["unen"] = "join",
        ["unirán"] = "will join", ["unió"] = "joined", ["unieron"] = "joined", ["contradice"] = "is contrary to",
        ["contradicen"] = "are contrary to", ["dame"] = "give me", ["construir"] = "build", ["sentados"] = "present",
        ["edificio"] = "building", ["español"] = "Spanish", ["palabras"] = "words", ["pocas"] = "few", ["pocos"] = "few",
        ["daño"] = "damage", ["daños"] = "damage", ["brevemente"] = "briefly", ["denominación"] = "name", ["demás"] = "other",
        ["organismos"] = "organizations", ["previo"] = "previous", ["especial"] = "special", ["europa"] = "EU", ["blanca"] = "white", ["casa"] = "house",
        // How the parties feel.
        ["enojado"] = "angry", ["enojada"] = "angry", ["enojados"] = "angry", ["enfadado"] = "angry", ["enfadada"] = "angry",
        ["molesto"] = "upset", ["molesta"] = "upset", ["molestan"] = "worry", ["contento"] = "happy", ["contenta"] = "happy",
        ["feliz"] = "happy", ["preocupado"] = "worried", ["preocupados"] = "worried",
        // The treaty and its signing.
        ["tratado"] = "treaty", ["tratados"] = "treaties", ["acuerdo"] = "agreement", ["acuerdos"] = "agreements",
        ["pacto"] = "pact", ["convenio"] = "agreement", ["alianza"] = "alliance", ["asociación"] = "partnership",
        ["estratégica"] = "strategic", ["estratégico"] = "strategic", ["integración"] = "integration", ["fusión"] = "merger",
        ["documento"] = "document", ["texto"] = "text", ["cláusula"] = "clause", ["cláusulas"] = "clauses",
        ["artículo"] = "article", ["artículos"] = "articles", ["noticia"] = "news", ["noticias"] = "news", ["nota"] = "article",
        ["periódico"] = "newspaper", ["diario"] = "newspaper", ["medio"] = "outlet", ["periodista"] = "journalist",
        ["autor"] = "author", ["autora"] = "author", ["reportero"] = "reporter", ["firma"] = "signing", ["firmas"] = "signatures",
        ["firmantes"] = "signatories", ["ceremonia"] = "ceremony", ["nombre"] = "name", ["nombres"] = "names", ["título"] = "title",
        ["fecha"] = "date", ["día"] = "day", ["días"] = "days", ["año"] = "year", ["años"] = "years", ["mes"] = "month",
        ["meses"] = "months", ["semana"] = "week", ["semanas"] = "weeks", ["década"] = "decade", ["duración"] = "duration",
        ["vigencia"] = "validity", ["plazo"] = "term", ["vigente"] = "valid", ["válido"] = "valid", ["válida"] = "valid",
        ["fin"] = "end", ["final"] = "final", ["inicio"] = "start", ["inicial"] = "initial", ["lugar"] = "place",
        ["sitio"] = "place", ["ciudad"] = "city", ["capital"] = "capital", ["oficial"] = "official", ["completo"] = "full",
        ["versión"] = "version", ["borrador"] = "draft", ["original"] = "original", ["diferencia"] = "difference",
        ["diferencias"] = "differences", ["diferente"] = "different", ["distinto"] = "different", ["parecido"] = "similar",
        ["parecida"] = "similar", ["similar"] = "similar", ["profundo"] = "deep", ["profunda"] = "deep", ["mayor"] = "bigger",
        ["menor"] = "smaller", ["mejor"] = "better", ["peor"] = "worse", ["grande"] = "big", ["pequeño"] = "small",
        ["nuevo"] = "new", ["nueva"] = "new", ["viejo"] = "old", ["propio"] = "own", ["propia"] = "own", ["principal"] = "main",
        ["importante"] = "important", ["simbólico"] = "symbolic", ["coincidencia"] = "coincidence", ["parte"] = "part",
        ["lado"] = "side", ["relación"] = "connection", ["relaciones"] = "relations", ["errata"] = "typo", ["error"] = "mistake",
        ["comillas"] = "quotes", ["líneas"] = "lines", ["frase"] = "sentence", ["frases"] = "sentences",
        // Money.
        ["dinero"] = "money", ["plata"] = "money", ["lana"] = "money", ["guita"] = "money", ["pasta"] = "money",
        ["pisto"] = "money", ["billete"] = "money", ["billetes"] = "money", ["feria"] = "money", ["luca"] = "money",
        ["lucas"] = "money", ["money"] = "money", ["fondos"] = "funds", ["financiación"] = "funding",
        ["financiamiento"] = "funding", ["inversión"] = "investment", ["inversiones"] = "investment", ["ayuda"] = "help",
        ["apoyo"] = "support", ["cantidad"] = "amount", ["monto"] = "amount", ["importe"] = "amount", ["suma"] = "sum",
        ["cifra"] = "figure", ["presupuesto"] = "budget", ["promesa"] = "pledge", ["promesas"] = "pledges", ["rublos"] = "rubles",
        ["rublo"] = "ruble", ["dólares"] = "dollars", ["euros"] = "euros", ["millones"] = "million", ["millón"] = "million",
        ["mil"] = "thousand", ["billones"] = "trillion", ["desarrollo"] = "development", ["socioeconómico"] = "social-economic",
        ["económico"] = "economic", ["económica"] = "economic", ["economía"] = "economy", ["financiera"] = "financial",
        ["financiero"] = "financial", ["implementación"] = "implementation", ["objetivos"] = "goals", ["metas"] = "goals",
        ["fines"] = "purposes", ["sueldo"] = "salary", ["salario"] = "salary", ["multa"] = "fine", ["sanciones"] = "sanctions",
        ["moneda"] = "currency", ["pib"] = "GDP",
        // Defence and the army.
        ["defensa"] = "defence", ["seguridad"] = "security", ["protección"] = "protection", ["frontera"] = "border",
        ["fronteras"] = "borders", ["límite"] = "border", ["límites"] = "borders", ["ejército"] = "army", ["ejércitos"] = "armies",
        ["fuerzas"] = "forces", ["militar"] = "military", ["militares"] = "military", ["soldados"] = "soldiers",
        ["tropas"] = "troops", ["guardias"] = "guards", ["aduana"] = "customs", ["policía"] = "police", ["unidades"] = "units",
        ["soberanía"] = "sovereignty", ["base"] = "base", ["bases"] = "bases", ["responsable"] = "responsible",
        ["responsables"] = "responsible", ["responsabilidad"] = "responsibility", ["responsabilidades"] = "responsibilities",
        ["cargo"] = "job", ["puesto"] = "job", ["función"] = "role", ["papel"] = "role", ["servicios"] = "services",
        ["fronterizos"] = "border", ["fronteriza"] = "border", ["fronterizas"] = "border", ["armadas"] = "armed",
        ["pasaporte"] = "passport", ["pasaportes"] = "passports",
        // Reactions.
        ["reacción"] = "reaction", ["reacciones"] = "reactions", ["respuesta"] = "response", ["respuestas"] = "responses",
        ["postura"] = "position", ["posición"] = "position", ["opinión"] = "position", ["visión"] = "view",
        ["declaración"] = "statement", ["declaraciones"] = "statements", ["comunicado"] = "statement", ["crítica"] = "criticism",
        ["críticas"] = "criticism", ["condena"] = "condemnation", ["protesta"] = "protest", ["protestas"] = "protests",
        ["reconocimiento"] = "recognition", ["anexión"] = "annexation", ["ocupación"] = "occupation", ["violación"] = "violation",
        ["ilegal"] = "illegal", ["ilegítimo"] = "illegitimate", ["legal"] = "legal", ["provocación"] = "provocation",
        ["provocativa"] = "provocative", ["provocativo"] = "provocative", ["inadmisible"] = "inadmissible",
        ["inaceptable"] = "unacceptable", ["deliberado"] = "deliberate", ["deliberada"] = "deliberate", ["evaluación"] = "assessment",
        ["valoración"] = "assessment", ["queja"] = "complaint", ["quejas"] = "complaints", ["amenaza"] = "threat",
        // Who is who.
        ["gobierno"] = "government", ["gobiernos"] = "governments", ["ministerio"] = "ministry", ["ministro"] = "minister",
        ["ministra"] = "minister", ["canciller"] = "foreign minister", ["presidente"] = "president", ["presidenta"] = "president",
        ["presidentes"] = "presidents", ["líder"] = "leader", ["líderes"] = "leaders", ["dirigente"] = "leader", ["jefe"] = "head",
        ["jefa"] = "head", ["mandatario"] = "leader", ["delegación"] = "delegation", ["delegaciones"] = "delegations",
        ["delegado"] = "delegate", ["delegados"] = "delegates", ["representante"] = "representative",
        ["representantes"] = "representatives", ["mediador"] = "mediator", ["mediadores"] = "mediators",
        ["moderador"] = "moderator", ["moderadores"] = "moderators", ["copresidente"] = "co-chair", ["copresidentes"] = "co-chairs",
        ["presidencia"] = "chairmanship", ["organización"] = "organization", ["organizaciones"] = "organizations",
        ["portavoz"] = "spokeswoman", ["vocera"] = "spokeswoman", ["vocero"] = "spokesman", ["diplomacia"] = "diplomacy",
        ["diplomático"] = "diplomat", ["diplomática"] = "diplomatic", ["viceministro"] = "deputy minister",
        ["vicecanciller"] = "deputy foreign minister", ["secretario"] = "secretary", ["partido"] = "party", ["político"] = "political",
        ["política"] = "policy", ["parlamento"] = "parliament", ["papa"] = "pope", ["gente"] = "people", ["persona"] = "person",
        ["personas"] = "people",
        // Countries, peoples and places.
        ["país"] = "country", ["países"] = "countries", ["mundo"] = "world", ["república"] = "republic", ["región"] = "region",
        ["regiones"] = "regions", ["territorio"] = "territory", ["independiente"] = "independent", ["independientes"] = "independent",
        ["independencia"] = "independence", ["estado"] = "state", ["pueblo"] = "people", ["población"] = "population",
        ["habitantes"] = "inhabitants", ["idioma"] = "language", ["lengua"] = "language", ["religión"] = "religion",
        ["guerra"] = "war", ["conflicto"] = "conflict", ["paz"] = "peace", ["aniversario"] = "anniversary",
        ["referéndum"] = "referendum", ["internacional"] = "international", ["internacionales"] = "international",
        ["separatista"] = "separatist", ["separatistas"] = "separatist", ["rebelde"] = "breakaway", ["secesionista"] = "breakaway",
        ["autoproclamada"] = "self-proclaimed", ["occidente"] = "the West", ["europeo"] = "European", ["europea"] = "European",
        ["europeos"] = "Europeans", ["americano"] = "American", ["americana"] = "American", ["americanos"] = "Americans",
        ["estadounidense"] = "American", ["estadounidenses"] = "Americans", ["gringo"] = "American", ["gringa"] = "American",
        ["gringos"] = "Americans", ["yanquis"] = "Americans", ["ruso"] = "Russian", ["rusa"] = "Russian", ["rusos"] = "Russians",
        ["rusas"] = "Russian", ["georgiano"] = "Georgian", ["georgiana"] = "Georgian", ["georgianos"] = "Georgians",
        ["georgianas"] = "Georgian", ["osetio"] = "Ossetian", ["osetia"] = "Ossetia", ["osetios"] = "Ossetians",
        ["osetas"] = "Ossetians", ["oseta"] = "Ossetian", ["abjasio"] = "Abkhaz", ["abjasios"] = "Abkhaz", ["abjaza"] = "Abkhaz",
        ["abjazos"] = "Abkhaz", ["italiana"] = "Italian", ["italiano"] = "Italian", ["ucranianos"] = "Ukrainians",
        ["sur"] = "south", ["norte"] = "north", ["rusia"] = "Russia", ["abjasia"] = "Abkhazia", ["abjazia"] = "Abkhazia",
        ["abjásia"] = "Abkhazia", ["ucrania"] = "Ukraine", ["moscú"] = "Moscow", ["ginebra"] = "Geneva",
        ["suiza"] = "Switzerland", ["tiflis"] = "Tbilisi", ["sujumi"] = "Sokhumi", ["sujum"] = "Sokhumi",
        ["tsjinvali"] = "Tskhinvali", ["chinvali"] = "Tskhinvali", ["cáucaso"] = "Caucasus",
        ["bruselas"] = "Brussels", ["turquía"] = "Turkey", ["alemania"] = "Germany", ["francia"] = "France",
        ["españa"] = "Spain", ["méxico"] = "Mexico", ["eeuu"] = "US", ["usa"] = "US", ["eua"] = "US", ["onu"] = "UN",
        ["otan"] = "NATO", ["ue"] = "EU", ["medvédev"] = "Medvedev", ["tibílov"] = "Tibilov", ["kárasin"] = "Karasin",
        // Geneva.
        ["negociaciones"] = "negotiations", ["negociación"] = "negotiation", ["conversaciones"] = "talks", ["charlas"] = "talks",
        ["pláticas"] = "talks", ["diálogo"] = "dialogue", ["discusiones"] = "discussions", ["discusión"] = "discussion",
        ["debates"] = "debates", ["reunión"] = "meeting", ["reuniones"] = "meetings", ["encuentro"] = "meeting",
        ["encuentros"] = "meetings", ["cumbre"] = "summit", ["ronda"] = "round", ["rondas"] = "rounds", ["sesión"] = "session",
        ["agenda"] = "agenda", ["próxima"] = "next", ["próximo"] = "next", ["siguiente"] = "next", ["anterior"] = "previous",
        ["participantes"] = "participants", ["presentes"] = "present", ["resultado"] = "result", ["resultados"] = "results",
        ["conclusión"] = "conclusion", ["conclusiones"] = "conclusions", ["preocupación"] = "concern",
        ["preocupaciones"] = "concerns", ["miedo"] = "fear", ["ejercicios"] = "exercises", ["infraestructura"] = "infrastructure",
        ["entrada"] = "accession", ["ingreso"] = "accession", ["adhesión"] = "accession", ["acercamiento"] = "rapprochement",
        ["señales"] = "signs", ["señal"] = "sign", ["carteles"] = "signs", ["cartel"] = "sign", ["letreros"] = "signs",
        ["advertencia"] = "warning", ["advertencias"] = "warnings", ["aviso"] = "warning", ["avisos"] = "warnings",
        ["adecuada"] = "proper", ["incidente"] = "incident", ["incidentes"] = "incidents", ["situación"] = "situation",
        ["estabilidad"] = "stability", ["estabilización"] = "stabilization", ["estable"] = "stable", ["tranquila"] = "calm",
        ["tranquilo"] = "calm", ["calma"] = "calm", ["tendencia"] = "trend", ["tensión"] = "tension", ["cuestiones"] = "issues",
        ["cuestión"] = "issue", ["problema"] = "problem", ["problemas"] = "problems", ["tema"] = "topic", ["temas"] = "topics",
        ["asunto"] = "issue", ["asuntos"] = "issues", ["plan"] = "plan", ["planes"] = "plans", ["dirección"] = "direction",
        ["marco"] = "framework", ["visita"] = "visit", ["votos"] = "votes",
        // Small talk.
        ["hola"] = "hello", ["holaa"] = "hello", ["holaaa"] = "hello", ["holi"] = "hello", ["holis"] = "hello",
        ["buenas"] = "hello", ["saludos"] = "hello", ["gracias"] = "thanks", ["graciass"] = "thanks", ["grax"] = "thanks",
        ["agradecido"] = "thanks", ["agradecida"] = "thanks", ["adiós"] = "goodbye", ["chao"] = "bye", ["chau"] = "bye",
        ["chaito"] = "bye", ["bot"] = "bot", ["robot"] = "robot", ["humano"] = "human", ["humana"] = "human",
        ["máquina"] = "machine", ["programa"] = "program", ["ia"] = "AI", ["real"] = "real", ["pregunta"] = "question",
        ["preguntas"] = "questions", ["información"] = "information", ["útil"] = "useful", ["genial"] = "great",
        ["excelente"] = "great", ["perfecto"] = "great", ["chévere"] = "great", ["bacán"] = "great", ["guay"] = "great",
        ["opinas"] = "think", ["opina"] = "thinks", ["opinan"] = "think", ["razón"] = "right", ["resumen"] = "summary",
        ["resumido"] = "summary", ["sentido"] = "sense", ["significado"] = "meaning", ["edad"] = "age", ["tiempo"] = "time",
        ["hora"] = "time", ["ignorancia"] = string.Empty, ["receta"] = "recipe", ["serie"] = "series",
        // Months and numbers.
        ["enero"] = "January", ["febrero"] = "February", ["marzo"] = "March", ["abril"] = "April", ["mayo"] = "May",
        ["junio"] = "June", ["julio"] = "July", ["agosto"] = "August", ["septiembre"] = "September", ["setiembre"] = "September",
        ["octubre"] = "October", ["noviembre"] = "November", ["diciembre"] = "December", ["uno"] = "one", ["dos"] = "two",
        ["tres"] = "three", ["cuatro"] = "four", ["cinco"] = "five", ["seis"] = "six", ["siete"] = "seven", ["ocho"] = "eight",
        ["nueve"] = "nine", ["diez"] = "ten", ["quince"] = "fifteen", ["diecisiete"] = "seventeen", ["dieciocho"] = "eighteen",
        ["veinte"] = "twenty", ["veinticinco"] = "twenty-five", ["treinta"] = "thirty", ["cincuenta"] = "fifty", ["cien"] = "hundred",
    };

    // The verbs of the article's topics: stem, what it does ("sign"), what it did ("signed"). Each reads in its regular
    // forms ("firma", "firman", "firmó", "firmaron", "firmado", "firmando", "va a firmar", vos "firmás", vosotros
    // "firmasteis"), but the word of the table where one has the form.
    private static readonly (string Stem, string Now, string Past)[] ArVerbs =
    [
        // Signing, money, time.
        ("firm", "sign", "signed"), ("pact", "sign", "signed"), ("suscrib", "sign", "signed"), ("pag", "pay", "paid"),
        ("asign", "allocate", "allocated"), ("destin", "allocate", "allocated"), ("entreg", "give", "gave"),
        ("mand", "send", "sent"), ("envi", "send", "sent"), ("gast", "spend", "spent"), ("financi", "finance", "financed"),
        ("dur", "last", "lasted"), ("expir", "expire", "expired"), ("renov", "renew", "renewed"), ("prorrog", "extend", "extended"),
        ("ratific", "ratify", "ratified"), ("aprob", "approve", "approved"), ("llam", "call", "called"),
        ("signific", "mean", "meant"), ("program", "schedule", "scheduled"), ("plane", "plan", "planned"),
        ("celebr", "hold", "held"), ("realiz", "hold", "held"), ("lleg", "reach", "reached"), ("pas", "happen", "happened"),
        ("toc", "get", "got"), ("llev", "get", "got"), ("anunci", "announce", "announced"),
        // Reactions and words.
        ("anex", "annex", "annexed"), ("anexion", "annex", "annexed"), ("conden", "condemn", "condemned"),
        ("critic", "criticize", "criticized"), ("apoy", "support", "supported"), ("rechaz", "reject", "rejected"),
        ("acept", "accept", "accepted"), ("acus", "accuse", "accused"), ("declar", "declare", "declared"),
        ("afirm", "state", "stated"), ("coment", "comment", "commented"), ("habl", "talk", "talked"), ("cont", "tell", "told"),
        ("explic", "explain", "explained"), ("pregunt", "ask", "asked"), ("quej", "complain", "complained"),
        ("protest", "protest", "protested"), ("consider", "consider", "considered"), ("calific", "call", "called"),
        ("viol", "violate", "violated"), ("gust", "like", "liked"), ("opin", "think", "thought"), ("pens", "think", "thought"),
        ("pronunci", "comment", "commented"), ("manifest", "comment", "commented"), ("preocup", "worry", "worried"),
        ("molest", "worry", "worried"), ("respet", "respect", "respected"), ("levant", "raise", "raised"),
        ("plante", "raise", "raised"), ("mencion", "mention", "mentioned"), ("cit", "mention", "mentioned"),
        ("public", "publish", "published"), ("reaccion", "react", "reacted"), ("reproch", "warn", "warned"),
        ("sancion", "sanction", "sanctioned"), ("vot", "vote", "voted"), ("vet", "veto", "vetoed"), ("evalu", "assess", "assessed"),
        ("nombr", "name", "named"), ("titul", "call", "called"), ("denomin", "call", "called"), ("calcul", "calculate", "calculated"),
        // Geneva.
        ("particip", "participate", "participated"), ("negoci", "negotiate", "negotiated"), ("acord", "agree", "agreed"),
        ("continu", "continue", "continued"), ("termin", "end", "ended"), ("acab", "end", "ended"), ("finaliz", "end", "ended"),
        ("lider", "lead", "led"), ("encabez", "head", "headed"), ("moder", "moderate", "moderated"), ("coordin", "moderate", "moderated"),
        ("organiz", "host", "hosted"), ("medi", "mediate", "mediated"), ("amenaz", "threaten", "threatened"),
        ("avis", "warn", "warned"), ("alert", "warn", "warned"), ("dañ", "damage", "damaged"), ("quit", "remove", "removed"),
        ("retir", "remove", "removed"), ("instal", "install", "installed"), ("estabiliz", "stabilize", "stabilized"),
        ("mejor", "improve", "improved"), ("empeor", "worsen", "worsened"), ("solicit", "request", "requested"),
        ("prepar", "prepare", "prepared"), ("trabaj", "work", "worked"), ("funcion", "work", "worked"),
        ("trat", "discuss", "discussed"), ("abord", "discuss", "discussed"), ("analiz", "discuss", "discussed"),
        ("qued", "stay", "stayed"), ("empez", "start", "started"), ("comenz", "start", "started"),
        // Defence and the army.
        ("integr", "integrate", "integrated"), ("incorpor", "incorporate", "incorporated"), ("junt", "join", "joined"),
        ("entr", "join", "joined"), ("fusion", "merge", "merged"), ("vigil", "guard", "guarded"), ("custodi", "guard", "guarded"),
        ("patrull", "patrol", "patrolled"), ("control", "control", "controlled"), ("cuid", "take care", "took care"),
        ("ocup", "occupy", "occupied"), ("gobern", "govern", "governed"), ("garantiz", "guarantee", "guaranteed"),
        ("asegur", "ensure", "ensured"), ("encarg", "take charge", "took charge"), ("reforz", "strengthen", "strengthened"),
        ("independiz", "become independent", "became independent"),
        // Anything else.
        ("cambi", "change", "changed"), ("modific", "change", "changed"), ("compar", "compare", "compared"),
        ("diferenci", "differ", "differed"), ("relacion", "relate", "related"), ("marc", "mark", "marked"),
        ("ayud", "help", "helped"), ("necesit", "need", "needed"), ("import", "matter", "mattered"), ("us", "use", "used"),
        ("dej", "leave", "left"), ("esper", "expect", "expected"), ("viaj", "travel", "travelled"), ("visit", "visit", "visited"),
        ("gan", "win", "won"), ("habit", "live", "lived"), ("recomend", "recommend", "recommended"), ("acompañ", "accompany", "accompanied"),
        ("represent", "represent", "represented"), ("caduc", "expire", "expired"), ("conmemor", "mark", "marked"),
        ("implic", "involve", "involved"),
    ];

    private static readonly (string Stem, string Now, string Past)[] ErVerbs =
    [
        ("promet", "pledge", "pledged"), ("reconoc", "recognize", "recognized"), ("respond", "answer", "answered"),
        ("suced", "happen", "happened"), ("ocurr", "happen", "happened"), ("defend", "defend", "defended"),
        ("proteg", "protect", "protected"), ("venc", "expire", "expired"), ("pertenec", "belong", "belonged"),
        ("aparec", "appear", "appeared"), ("establec", "establish", "established"), ("ofrec", "offer", "offered"),
        ("romp", "break", "broke"), ("perd", "lose", "lost"), ("depend", "depend", "depended"), ("corr", "run", "ran"),
        ("entend", "understand", "understood"), ("deb", "should", "should"), ("parec", "seem", "seemed"),
        ("merec", "deserve", "deserved"), ("crec", "grow", "grew"), ("desaparec", "disappear", "disappeared"),
        ("compromet", "pledge", "pledged"),
    ];

    private static readonly (string Stem, string Now, string Past)[] IrVerbs =
    [
        ("discut", "discuss", "discussed"), ("decid", "decide", "decided"), ("presid", "chair", "chaired"),
        ("copresid", "co-chair", "co-chaired"), ("coincid", "coincide", "coincided"), ("exig", "demand", "demanded"),
        ("exist", "exist", "existed"), ("asum", "take over", "took over"), ("dirig", "lead", "led"), ("reun", "meet", "met"),
        ("insist", "insist", "insisted"), ("permit", "allow", "allowed"), ("divid", "divide", "divided"),
        ("cumpl", "fulfil", "fulfilled"), ("asist", "attend", "attended"), ("recib", "receive", "received"),
        ("escrib", "write", "wrote"), ("viv", "live", "lived"), ("invad", "invade", "invaded"), ("dimit", "resign", "resigned"),
        ("acud", "turn to", "turned to"), ("compart", "share", "shared"), ("resum", "summarize", "summarized"), ("traduc", "translate", "translated"),
    ];

    // Words the table has that an English sentence writes too, left as they are in a message with English words ("was it 5
    // billion? that's what my tío said": "a", "no", "me", "son", "sale" or "real" are English there).
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "i", "u", "y", "x", "q", "k", "no", "me", "he", "has", "son", "sin", "van", "dice", "era", "sale", "once", "fin",
        "final", "solo", "real", "plan", "base", "local", "capital", "similar", "original", "legal", "total", "general", "sea",
        "den", "dan", "con", "pasta", "bot", "robot", "money", "crack", "we", "us", "use", "red", "pan", "ante", "papa", "cargo",
        "agenda", "vale", "sos", "quite", "resume", "cite", "vote", "votes", "nada", "todo", "ha", "mil", "ve", "dale",
    };

    // Words of the table that are no sign of Spanish on their own: English words and names ("nada", "euros"), and those
    // that Italian, French or Tagalog write as well.
    private static readonly HashSet<string> NotMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        // English words and names.
        "osetia", "tiflis", "pacta", "wey", "mismo", "misma", "responsable", "responsables", "nada", "euros", "pesos", "armada", "dado", "lado", "estado", "todo", "todos", "toda", "todas", "vegas", "pasta",
        "plata", "lana", "feria", "crack", "money", "robot", "cargo", "agenda", "papa", "vale", "dale", "sale", "once", "dice",
        "final", "solo", "real", "plan", "base", "local", "capital", "similar", "original", "legal", "ilegal", "total",
        "general", "quite", "resume", "cite", "vote", "votes", "viola", "violas", "media", "tiempo", "persona", "programa",
        "marco", "serie", "medio", "visita", "dato", "datos", "nota", "pone", "mira", "loco", "onda", "hombre", "pana", "compa",
        // Italian, French and Tagalog words of the table: Italian "cosa", "firma", "politica", "grande", "europea",
        // French "entre", "contre", Tagalog "pero", "para", "tanga".
        "cosa", "cose", "firma", "firme", "critica", "politica", "economica", "economico", "diplomatica", "protesta",
        "grande", "importante", "simbolico", "frase", "documento", "territorio", "europeo", "europea", "americano",
        "americana", "georgiano", "georgiana", "italiano", "italiana", "francia", "multa", "ministra", "ministro",
        "parlamento", "dialogo", "incidente", "calma", "agosto", "marzo", "pensa", "importa", "continua", "termina", "dura",
        "paga", "manda", "cita", "vota", "considera", "accusa", "preoccupa", "ratifica", "celebra", "destina", "integra",
        "entra", "prepara", "vigila", "significa", "cambia", "molesta", "conta", "presidente", "guerra", "texto", "gente",
        "problema", "tema", "pace", "parte", "sera", "base", "stato", "crimea", "kremlin", "putin", "lavrov", "militare",
        "capo", "entre", "pero", "para", "como", "porque", "quando", "sobre", "desde", "antes", "contra", "durante", "nunca",
        "ella", "ellas", "esta", "este", "estas", "cada", "mayo", "julio", "junio", "ceremonia", "forma", "guardia", "aviso",
        "avisa", "alerta", "modera", "media", "marca", "usa", "usan", "gana", "ganas", "lleva", "toca", "queda", "deja",
        "espera", "trata", "junta", "acaba", "vive", "viven", "presenti", "moneda", "diario", "visto", "hecho", "sido", "vino",
        "puso", "cree", "cuenta", "ayer", "tanto", "poco", "bien", "hora", "suma", "norte", "humano", "militar", "militares",
        "tropas", "lugar", "conflicto", "sistema", "papel", "fecha", "neta", "tio", "tia", "chao", "dime",
        // Italian and Portuguese write these too.
        "brevemente", "especial", "previo", "organismos", "caduca", "implica", "acude", "acuden",
        // Malay and Indonesian words Spanish writes as well: "presiden" is their president.
        "presiden",
        // "Europa" is Italian, Portuguese and German too; "dame" French and Italian.
        "europa", "dame",
    };

    // Endings only Spanish gives its words: "firmaron", "prometieron", "estaba", "firmado", "reunida", "seguridad",
    // "integracion", "rusos", "charlas" (Portuguese, read first, says "assinaram", "assinado", "russos"; Italian "firmato",
    // "sicurezza", "russi"; English has no word of the table with them).
    private static readonly string[] SpanishEndings =
        ["aron", "ieron", "iendo", "aba", "aban", "ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas", "dad", "dades", "cion", "ciones", "os", "as"];

    // The verbs' forms, where an object pronoun before one is its object ("quién la preside?" who chairs it).
    private static readonly HashSet<string> VerbForms = new(StringComparer.Ordinal)
    {
        "dijo", "dijeron", "dice", "dicen", "hizo", "hicieron", "hace", "hacen", "dio", "dieron", "da", "dan", "dará", "darán",
        "tiene", "tienen", "tuvo", "vio", "ve", "ven", "puso", "pone", "ponen", "sabe", "saben", "quiere", "quieren", "cree",
        "creen", "pide", "piden", "pidió", "pidieron", "advirtió", "incluye", "contiene", "obtuvo", "mantiene", "reúne",
        "reúnen", "defiende", "defienden", "gobierna", "refuerza", "cuenta", "cuentan", "contó", "llevó", "llevaron", "toca",
        "tocó", "escrito", "hecho", "dicho", "iba", "iban", "fue", "fueron", "va", "van",
    };

    private static readonly FrozenDictionary<string, string> Words = WithVerbs(WordTable()).ToFrozenDictionary(StringComparer.Ordinal);

    // Words only Spanish writes count on their own: those of the table with an accent or a Spanish ending that are no
    // English word, and the question words, verbs and nouns below. Those English, its names or another reader's language
    // share ("el", "los", "Las Vegas", "pero", Tagalog's too, "como", "sobre", "vale", "lana") count with another only;
    // "a", "no", "me", "se", "la", "con", "una", "es", "si", Italian's "che" and "cosa", Hindi's "se" and "me" not at all.
    private static readonly MarkerWords Markers = new(
        Words.Keys
            .Where(word => !NotMarkers.Contains(word) && !EnglishWords.Contains(word) && !word.Contains(' ', StringComparison.Ordinal)
                && !Accents.Strip(word).Equals(Words[word], StringComparison.OrdinalIgnoreCase)
                && !(word.EndsWith('s') && EnglishWords.Contains(word[..^1]))
                && (!word.All(char.IsAscii) || word.Length >= 5 || SpanishEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal))))
            .Concat(
            [
                "qué", "quién", "quiénes", "cuál", "cuáles", "cómo", "dónde", "cuándo", "cuánto", "cuánta", "cuántos", "cuántas",
                "quien", "quienes", "cual", "cuales", "cuando", "donde", "cuanto", "cuanta", "cuantos", "cuantas", "porqué",
                "adonde", "hay", "hubo", "muy", "ahora", "dijo", "dijeron", "hizo", "hicieron", "eres", "estás", "pq", "xq", "fue",
                "fueron", "tiene", "tienen", "hace", "hacen", "puede", "pueden", "puedo", "puedes", "quiero", "sabes", "tambien",
                "segun", "despues", "entonces", "todavia", "aqui", "ahi", "alli", "asi", "unos", "unas", "algo", "alguien",
                "nadie", "algun", "alguna", "alguno", "otro", "otra", "otros", "mucho", "mucha", "esto", "eso", "ese", "esa",
                "esos", "esas", "usted", "ustedes", "vosotros", "ellos", "nosotros", "oye", "güey", "xfa", "porfa", "plis",
                "porfis", "jaja", "jajaja", "jajajaja", "jeje", "gracias", "hola", "holaa", "holis", "adios", "chao", "chau",
                "buenas", "buenos", "perdon", "perdona", "disculpa", "disculpe", "disculpen", "tratado", "tratados", "acuerdo",
                "acuerdos", "pacto", "dinero", "guita", "firmo", "firmaron", "verdad", "cierto", "rusia", "abjasia",
                "ginebra", "moscu", "sujumi", "tsjinvali", "eeuu", "bruselas", "ucrania", "alemania", "turquia",
                "rublos", "millones", "frontera", "fronteras", "ejercito", "gobierno", "seguridad", "defensa", "reunion",
                "reuniones", "negociaciones", "conversaciones", "charlas", "platicas", "discusiones", "delegacion", "ronda",
                "proxima", "proximo", "siguiente", "fecha", "nombre", "resumen", "articulo", "noticia", "periodico", "prometio",
                "dio", "dieron", "reacciono", "reaccion", "reacciones", "rusos", "ruso", "rusa", "georgianos", "osetios",
                "gringos", "pues", "hoy", "iba", "iban", "voy", "doy", "vio", "cuentame", "explicame", "opinas", "crees", "creo", "ayuda", "pregunta", "preguntas", "hablo", "blanca",
                "dice", "fecha", "chao", "kien", "kienes", "holi", "pais",
            ]),
        ["el", "los", "las", "del", "sobre", "pero", "como", "porque", "esta", "este", "desde", "antes", "lana", "plata",
            "pasta", "vale", "dale", "tio", "presidente", "guerra", "texto", "nada", "todo", "todos", "che", "onda", "ya", "ser",
            "es", "q", "dime", "neta", "casa", "una", "que", "paso"]);

    private static Dictionary<string, string> WithVerbs(Dictionary<string, string> words)
    {
        void Add((string Stem, string Now, string Past)[] verbs, string vowel, string[] now, string[] past)
        {
            foreach (var (stem, present, done) in verbs)
            {
                // A form the table has already is that word ("firma" is the signing), no verb's.
                if (words.TryAdd(stem + (vowel == "a" ? "a" : "e"), present == done ? present : ReaderTables.ThirdPerson(present)))
                {
                    VerbForms.Add(stem + (vowel == "a" ? "a" : "e"));
                }

                foreach (var ending in past)
                {
                    if (words.TryAdd(stem + ending, done))
                    {
                        VerbForms.Add(stem + ending);
                    }
                }

                foreach (var ending in now)
                {
                    if (words.TryAdd(stem + ending, present))
                    {
                        VerbForms.Add(stem + ending);
                    }
                }
            }
        }

        // "aceptas", "firmás", "prometes": you.
        foreach (var (verbs, endings) in new[] { (ArVerbs, new[] { "as", "ás" }), (ErVerbs, ["es", "és"]), (IrVerbs, ["es", "ís"]) })
        {
            foreach (var (stem, present, _) in verbs)
            {
                foreach (var ending in endings)
                {
                    words.TryAdd(stem + ending, "you " + present);
                }
            }
        }

        Add(ArVerbs, "a", ["an", "ar", "ando", "ará", "arán", "aría", "arían", "en", "amos", "áis", "ad", "arlo", "arla", "arse", "ándolo", "arle", "arles"],
            ["ó", "aron", "ado", "ada", "ados", "adas", "aba", "aban", "ara", "aran", "aste", "asteis", "ase"]);
        Add(ErVerbs, "e", ["en", "er", "iendo", "erá", "erán", "ería", "erían", "a", "an", "emos", "es", "és", "éis", "erlo", "erse", "erle", "erles"],
            ["ió", "ieron", "ido", "ida", "idos", "idas", "ía", "ían", "iera", "ieran", "iste", "isteis"]);
        Add(IrVerbs, "i", ["en", "ir", "iendo", "irá", "irán", "iría", "irían", "a", "an", "imos", "es", "ís", "irlo", "irse", "irle", "irles"],
            ["ió", "ieron", "ido", "ida", "idos", "idas", "ía", "ían", "iera", "ieran", "iste", "isteis"]);

        // Each word also as readers type it without its accents, where that is no other word of the table ("si" is "if",
        // not "sí"; "esta" is "this", not "está"; "el" is "the", not "él").
        // ("ano" is no "año": Tagalog's "ano" asks what.)
        foreach (var (word, english) in words.ToList())
        {
            if (Accents.Strip(word) is var plain && plain != "ano")
            {
                words.TryAdd(plain, english);
                if (VerbForms.Contains(word))
                {
                    VerbForms.Add(plain);
                }
            }
        }

        return words;
    }
}
