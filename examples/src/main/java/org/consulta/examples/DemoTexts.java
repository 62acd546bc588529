package org.consulta.examples;

import java.util.List;
import java.util.Random;

/** Made-up contribution texts for the demo; no personal data, picked by the scenario's seeded random. */
final class DemoTexts {
  private static final List<String> IDEAS = List.of(
      "Plant native trees along the river path",
      "Add shaded seating near the playground",
      "Open a small cafe in the old boathouse",
      "Create a quiet reading garden",
      "Install drinking fountains at both entrances",
      "Make a wildflower meadow by the east lawn",
      "Add covered bike parking at the main gate",
      "Run free outdoor concerts on summer evenings",
      "Build a fenced area for dogs",
      "Put up signs about the river's wildlife");
  private static final List<String> IDEAS_ES = List.of(
      "Plantar árboles autóctonos junto al río",
      "Poner bancos a la sombra cerca de los columpios",
      "Abrir un pequeño café en la antigua casa de botes",
      "Instalar fuentes de agua potable en las entradas");
  private static final List<String> PROPOSALS = List.of(
      "Build a floating boardwalk along the riverbank",
      "Replace the car park with a community garden",
      "Add an accessible playground for all abilities",
      "Light the main paths with warm, low LED lamps",
      "Restore the old bandstand as an open-air stage",
      "Create a car-free cycle route through the park",
      "Install public toilets open until 22:00",
      "Turn the north field into sports courts",
      "Add outdoor fitness equipment near the jogging loop",
      "Open a kayak launch point on the river",
      "Plant an orchard that residents can harvest",
      "Put a splash pad next to the playground");
  private static final List<String> COMMENTS = List.of(
      "Agreed, this would make a real difference.",
      "Good idea, but who maintains it?",
      "This was tried before and vandalised within a month.",
      "Please keep it accessible for wheelchairs and prams.",
      "I would use this every week.",
      "Could this be combined with the proposal about lighting?",
      "Not sure the budget stretches this far.",
      "Children in our street would love this.");
  private static final List<String> PRO = List.of(
      "It brings families to the park all year round.",
      "It is cheap to build and to maintain.",
      "It makes the park safer after dark.",
      "It helps wildlife and cools the area in summer.");
  private static final List<String> CON = List.of(
      "It takes space away from the open lawn.",
      "It will attract noise late at night.",
      "The maintenance costs are not accounted for.",
      "It floods every winter there.");
  private static final List<String> REPORT_DETAILS = List.of(
      "Near the east gate.",
      "Next to the bench by the pond.",
      "Has been like this for weeks.",
      "Dangerous for children.");

  private DemoTexts() {}

  static String idea(Random random, String language) {
    return pick(language.equals("es") ? IDEAS_ES : IDEAS, random);
  }

  static String proposal(Random random, int number) {
    return pick(PROPOSALS, random) + " (#" + number + ")";
  }

  static String comment(Random random) {
    return pick(COMMENTS, random);
  }

  static String argument(Random random, boolean pro) {
    return pick(pro ? PRO : CON, random);
  }

  static String reportDetails(Random random) {
    return pick(REPORT_DETAILS, random);
  }

  static <T> T pick(List<T> items, Random random) {
    return items.get(random.nextInt(items.size()));
  }
}
