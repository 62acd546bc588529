package org.consulta.core.moderation.screeners;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates consultation responses on one topic (a city's mobility and housing plan) in English,
 * French and German: campaign templates, light edits of them, and independent texts, all built
 * from the same sentence pools so that templates share vocabulary and phrasing and are hard to
 * tell apart. Every text is a pure function of the corpus seed and its own index or seed, so a
 * caller can generate millions lazily without holding them.
 *
 * <p>Immutable and thread-safe. The benchmarks module uses it too, through core's test jar
 * ({@code CampaignClusteringHarness}).
 */
public final class CampaignCorpus {
  private static final String[][][] POOLS = {
      { // en: opener, subject, modal, action, object, reason
          {"I believe that", "In my view,", "It is obvious that", "We are convinced that", "Frankly,", "Honestly,", "I think",
              "Many residents feel that", "It seems to me that", "As things stand,", "", "", ""},
          {"the council", "the city", "the regional authority", "the mayor", "the planning department", "the transport company",
              "the government", "our neighbourhood", "the district", "local businesses"},
          {"should", "must", "needs to", "ought to", "has to", "could", "would do well to", "cannot wait to"},
          {"invest in", "reconsider", "abandon", "expand", "prioritise", "fund", "delay", "improve", "protect", "rethink",
              "speed up", "scale back"},
          {"the new tram line", "cycle lanes on the main road", "the planned bypass", "affordable housing near the station",
              "night buses", "the car park at the market square", "the pedestrian zone in the old town",
              "safe routes to school", "the bridge over the river", "green spaces between the housing blocks",
              "the bus depot", "parking fees in the centre", "the ring road", "social housing on the old factory site",
              "electric charging points", "the harbour district", "the railway underpass", "street lighting"},
          {"because traffic is already unbearable", "so that our children can walk to school safely",
              "since the air quality keeps getting worse", "as rents have doubled in ten years",
              "because older people need accessible transport", "to reduce noise in the evenings",
              "before the budget is spent elsewhere", "since shops in the centre are struggling",
              "because the current plan ignores the suburbs", "to meet the climate targets", "for the sake of future generations",
              "because nobody asked the people who live here", "as the costs keep rising", "so that workers can get home at night"}},
      { // fr
          {"Je pense que", "À mon avis,", "Il est évident que", "Nous sommes convaincus que", "Franchement,", "Honnêtement,",
              "Beaucoup d'habitants estiment que", "Il me semble que", "En l'état,", "", "", ""},
          {"la mairie", "la ville", "la région", "le maire", "le service d'urbanisme", "la société de transport", "le gouvernement",
              "notre quartier", "l'arrondissement", "les commerçants"},
          {"doit", "devrait", "a besoin de", "peut", "ferait bien de", "est obligée de", "ne peut pas attendre pour"},
          {"investir dans", "revoir", "abandonner", "étendre", "donner la priorité à", "financer", "retarder", "améliorer",
              "protéger", "repenser", "accélérer", "réduire"},
          {"la nouvelle ligne de tram", "les pistes cyclables de la grande rue", "le contournement prévu",
              "des logements abordables près de la gare", "les bus de nuit", "le parking de la place du marché",
              "la zone piétonne de la vieille ville", "les trajets sûrs vers l'école", "le pont sur la rivière",
              "les espaces verts entre les immeubles", "le dépôt de bus", "le stationnement payant au centre",
              "le périphérique", "des logements sociaux sur l'ancienne friche", "les bornes de recharge", "le quartier du port",
              "le passage sous la voie ferrée", "l'éclairage public"},
          {"car la circulation est déjà insupportable", "pour que nos enfants puissent aller à l'école à pied",
              "puisque la qualité de l'air ne cesse de se dégrader", "car les loyers ont doublé en dix ans",
              "car les personnes âgées ont besoin de transports accessibles", "pour réduire le bruit le soir",
              "avant que le budget ne parte ailleurs", "puisque les commerces du centre souffrent",
              "car le projet actuel oublie la banlieue", "pour atteindre les objectifs climatiques",
              "pour les générations futures", "car personne n'a demandé l'avis des habitants", "car les coûts ne cessent d'augmenter",
              "pour que les salariés puissent rentrer la nuit"}},
      { // de
          {"Ich glaube, dass", "Meiner Meinung nach", "Es ist offensichtlich, dass", "Wir sind überzeugt, dass", "Ehrlich gesagt",
              "Viele Anwohner finden, dass", "Mir scheint, dass", "So wie es aussieht,", "", "", ""},
          {"der Stadtrat", "die Stadt", "die Region", "der Bürgermeister", "das Planungsamt", "die Verkehrsbetriebe",
              "die Regierung", "unser Viertel", "der Bezirk", "der Einzelhandel"},
          {"sollte", "muss", "müsste", "könnte", "darf nicht zögern und", "hätte längst"},
          {"investieren in", "überdenken", "aufgeben", "ausbauen", "vorziehen", "finanzieren", "verschieben", "verbessern",
              "schützen", "neu planen", "beschleunigen", "zurückfahren"},
          {"die neue Straßenbahnlinie", "die Radwege an der Hauptstraße", "die geplante Umgehungsstraße",
              "bezahlbaren Wohnraum am Bahnhof", "die Nachtbusse", "den Parkplatz am Marktplatz", "die Fußgängerzone in der Altstadt",
              "sichere Schulwege", "die Brücke über den Fluss", "die Grünflächen zwischen den Wohnblöcken", "das Busdepot",
              "die Parkgebühren in der Innenstadt", "den Ring", "Sozialwohnungen auf dem alten Fabrikgelände", "die Ladesäulen",
              "das Hafenviertel", "die Bahnunterführung", "die Straßenbeleuchtung"},
          {"weil der Verkehr schon jetzt unerträglich ist", "damit unsere Kinder sicher zu Fuß zur Schule gehen können",
              "da die Luftqualität immer schlechter wird", "weil sich die Mieten in zehn Jahren verdoppelt haben",
              "weil ältere Menschen barrierefreie Verkehrsmittel brauchen", "um den Lärm am Abend zu verringern",
              "bevor das Geld anderswo ausgegeben wird", "da die Geschäfte in der Innenstadt kämpfen",
              "weil der aktuelle Plan die Vororte vergisst", "um die Klimaziele zu erreichen", "für die kommenden Generationen",
              "weil niemand die Menschen gefragt hat, die hier wohnen", "da die Kosten immer weiter steigen",
              "damit Beschäftigte nachts nach Hause kommen"}}};

  private static final String[][][] OBSERVATIONS = {
      { // en: when, state, consequence
          {"Today", "At rush hour", "On weekday mornings", "Since the roadworks began", "Every winter", "At the weekend",
              "After dark", "During the school holidays", "For years now", "Since last spring"},
          {"is far too crowded", "is simply unsafe", "is badly maintained", "costs more than it should", "is hardly used",
              "is a disgrace", "works surprisingly well", "is impossible to reach without a car", "keeps being postponed",
              "is the best thing about living here", "is a danger for pedestrians", "is always blocked by delivery vans"},
          {"and nobody seems to care", "which drives families away", "and the elderly suffer most", "and it is getting worse",
              "while other towns show how it can be done", "and the promises made in the last election were forgotten",
              "even though the money was set aside", "which is why I am writing", "and the people on my street agree",
              "and the shops lose customers"}},
      { // fr
          {"Aujourd'hui", "Aux heures de pointe", "Le matin en semaine", "Depuis le début des travaux", "Chaque hiver", "Le week-end",
              "La nuit", "Pendant les vacances scolaires", "Depuis des années", "Depuis le printemps dernier"},
          {"est beaucoup trop encombré", "est tout simplement dangereux", "est mal entretenu", "coûte plus cher qu'il ne devrait",
              "est à peine utilisé", "est une honte", "fonctionne étonnamment bien", "est inaccessible sans voiture",
              "est sans cesse reporté", "est ce qu'il y a de mieux ici", "est un danger pour les piétons",
              "est toujours bloqué par des camionnettes"},
          {"et personne ne semble s'en soucier", "ce qui fait fuir les familles", "et les personnes âgées en souffrent le plus",
              "et cela empire", "alors que d'autres villes montrent l'exemple", "et les promesses de la dernière élection sont oubliées",
              "alors que l'argent était prévu", "c'est pourquoi j'écris", "et mes voisins sont d'accord",
              "et les commerces perdent des clients"}},
      { // de
          {"Heute", "Im Berufsverkehr", "An Werktagen morgens", "Seit Beginn der Bauarbeiten", "Jeden Winter", "Am Wochenende",
              "Nach Einbruch der Dunkelheit", "In den Schulferien", "Seit Jahren", "Seit letztem Frühjahr"},
          {"ist viel zu voll", "ist schlicht gefährlich", "ist schlecht gepflegt", "kostet mehr als nötig", "wird kaum genutzt",
              "ist eine Schande", "funktioniert erstaunlich gut", "ist ohne Auto nicht erreichbar", "wird immer wieder verschoben",
              "ist das Beste an unserem Viertel", "ist eine Gefahr für Fußgänger", "ist ständig von Lieferwagen blockiert"},
          {"und niemand kümmert sich darum", "was Familien vertreibt", "und die Älteren leiden am meisten", "und es wird schlimmer",
              "während andere Städte zeigen, wie es geht", "und die Versprechen der letzten Wahl sind vergessen",
              "obwohl das Geld eingeplant war", "deshalb schreibe ich", "und meine Nachbarn sehen das genauso",
              "und die Geschäfte verlieren Kunden"}}};

  private static final String[][] PERSONAL = {
      {"As a mother of two, I care deeply about this.", "I have lived in this town for thirty years.",
          "As a cyclist who commutes every day, I see the problem first hand.", "Speaking as a shop owner on the high street:",
          "My elderly parents depend on the bus.", "Please take this seriously."},
      {"En tant que mère de deux enfants, cela me tient à cœur.", "J'habite dans cette ville depuis trente ans.",
          "Je suis cycliste et je vois le problème tous les jours.", "Je parle en tant que commerçant du centre.",
          "Mes parents âgés dépendent du bus.", "Merci de prendre cela au sérieux."},
      {"Als Mutter von zwei Kindern liegt mir das sehr am Herzen.", "Ich wohne seit dreißig Jahren in dieser Stadt.",
          "Als Radfahrer sehe ich das Problem jeden Tag.", "Ich spreche als Ladenbesitzer in der Innenstadt.",
          "Meine alten Eltern sind auf den Bus angewiesen.", "Bitte nehmen Sie das ernst."}};

  private static final String[][] FILLERS = {
      {"really", "very", "also", "truly", "simply", "clearly", "indeed", "finally", "please"},
      {"vraiment", "très", "aussi", "simplement", "clairement", "enfin", "absolument", "surtout"},
      {"wirklich", "sehr", "auch", "einfach", "klar", "endlich", "unbedingt", "bitte"}};

  private final long seed;

  public CampaignCorpus(long seed) {
    this.seed = seed;
  }

  /** @return template {@code t}: 300 to 1,200 characters, language {@code t % 3} */
  public String template(int t) {
    return prose(new Random(seed * 1_000_003L + t), t % 3);
  }

  /** @return an independent text (language and length random) from the same pools */
  public String unrelated(long textSeed) {
    Random random = new Random(seed ^ 0x756E72656CL * (textSeed + 1));
    return prose(random, random.nextInt(3));
  }

  /** @return a light edit of template {@code t}: one to three edits, drawn from {@code editSeed} */
  public String edit(int t, long editSeed) {
    return edit(template(t), t % 3, new Random(seed * 31 + editSeed * 1_000_033L + t));
  }

  /** @return a light edit of the given text in the given language */
  public static String edit(String template, int language, Random random) {
    List<String> sentences = new ArrayList<>(List.of(template.split("(?<=[.!?]) ")));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      switch (random.nextInt(7)) {
        case 0 -> substituteWords(sentences, language, random);
        case 1 -> insertOrDeleteWords(sentences, language, random);
        case 2 -> addPersonalSentence(sentences, language, random);
        case 3 -> typos(sentences, random);
        case 4 -> swapSentences(sentences, random);
        case 5 -> punctuationAndCase(sentences, random);
        default -> { } // an exact copy, as most campaign copies are
      }
    }
    return String.join(" ", sentences);
  }

  private static String prose(Random random, int language) {
    int target = 300 + random.nextInt(900);
    StringBuilder text = new StringBuilder(target + 200);
    while (text.length() < target) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(sentence(random, language));
    }
    return text.toString();
  }

  private static String sentence(Random random, int language) {
    if (random.nextBoolean()) {
      String[][] pool = OBSERVATIONS[language];
      String object = pick(POOLS[language][4], random);
      String observation = pick(pool[0], random) + (language == 2 ? " " : ", ") + object + " " + pick(pool[1], random) + ", "
          + pick(pool[2], random);
      return observation + (random.nextInt(6) == 0 ? "!" : ".");
    }
    String[][] pool = POOLS[language];
    String opener = pick(pool[0], random);
    String body = pick(pool[1], random) + " " + pick(pool[2], random) + " " + pick(pool[3], random) + " " + pick(pool[4], random)
        + " " + pick(pool[5], random);
    String sentence = opener.isEmpty() ? body : opener + " " + body;
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + (random.nextInt(6) == 0 ? "!" : ".");
  }

  private static String pick(String[] pool, Random random) {
    return pool[random.nextInt(pool.length)];
  }

  private static void substituteWords(List<String> sentences, int language, Random random) {
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int s = random.nextInt(sentences.size());
      String[] words = sentences.get(s).split(" ");
      words[random.nextInt(words.length)] = pick(FILLERS[language], random);
      sentences.set(s, String.join(" ", words));
    }
  }

  private static void insertOrDeleteWords(List<String> sentences, int language, Random random) {
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int s = random.nextInt(sentences.size());
      List<String> words = new ArrayList<>(List.of(sentences.get(s).split(" ")));
      if (random.nextBoolean() && words.size() > 4) {
        words.remove(1 + random.nextInt(words.size() - 2));
      } else {
        words.add(1 + random.nextInt(words.size() - 1), pick(FILLERS[language], random));
      }
      sentences.set(s, String.join(" ", words));
    }
  }

  private static void addPersonalSentence(List<String> sentences, int language, Random random) {
    String personal = pick(PERSONAL[language], random);
    if (random.nextBoolean()) {
      sentences.add(0, personal);
    } else {
      sentences.add(personal);
    }
  }

  private static void typos(List<String> sentences, Random random) {
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      int s = random.nextInt(sentences.size());
      StringBuilder sentence = new StringBuilder(sentences.get(s));
      int at = random.nextInt(sentence.length() - 1);
      switch (random.nextInt(4)) {
        case 0 -> { // swap two characters
          char c = sentence.charAt(at);
          sentence.setCharAt(at, sentence.charAt(at + 1));
          sentence.setCharAt(at + 1, c);
        }
        case 1 -> sentence.deleteCharAt(at);
        case 2 -> sentence.insert(at, sentence.charAt(at));
        default -> sentence.setCharAt(at, (char) ('a' + random.nextInt(26)));
      }
      sentences.set(s, sentence.toString());
    }
  }

  private static void swapSentences(List<String> sentences, Random random) {
    if (sentences.size() > 1) {
      Collections.swap(sentences, random.nextInt(sentences.size()), random.nextInt(sentences.size()));
    }
  }

  private static void punctuationAndCase(List<String> sentences, Random random) {
    for (int s = 0; s < sentences.size(); s++) {
      String sentence = sentences.get(s);
      sentences.set(s, switch (random.nextInt(3)) {
        case 0 -> sentence.toUpperCase(Locale.ROOT);
        case 1 -> sentence.replace(",", "").replace('.', '!');
        default -> sentence.toLowerCase(Locale.ROOT).replace(".", "...");
      });
    }
  }
}
