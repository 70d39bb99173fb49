package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.figures.FigureMention;
import dossier.model.Claim;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.FigureDetail;
import dossier.model.GenericActor;
import dossier.model.Participant;
import dossier.model.Part;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the events stage stores of an article reads back equal, field by field. */
class EventCodecTest {
  private static final LocalDate MAR_4 = LocalDate.of(2024, 3, 4);

  @Test
  void eventsReadBackEqual() {
    List<Event> events = List.of(
        new Event(null, "CONSULT", null, "planned", DateRange.between(MAR_4, MAR_4.plusDays(6)),
            "loc1", List.of(new Participant("p1", "SOURCE"), new Participant("p2", "TARGET")),
            List.of(new Evidence("a1", 10, 74, "body"), new Evidence("a1", 0, 31, "title",
                Part.TITLE)), 0.7300000000000001, List.of(), Event.REPORT),
        new Event(null, "ASSAULT", "shelling", "happened", DateRange.unknown(), null, List.of(),
            List.of(new Evidence("a1", 3, 40, "caption", Part.caption(1))), 0.55),
        // generic actors: with and without a sector and an affiliation, beside an entity
        new Event(null, "COERCE", null, "happened", DateRange.exact(MAR_4), null, List.of(
            Participant.generic(new GenericActor("Velorian riot police", "police", "COP", "p1",
                "a1", Part.TEXT, 5, 25), "SOURCE"),
            new Participant("p2", "TARGET"),
            Participant.generic(new GenericActor("officers", "officers", null, null, "a1",
                Part.TITLE, 0, 8), "SOURCE")),
            List.of(new Evidence("a1", 0, 60, "body")), 0.6, List.of(), Event.STATED),
        // claims: an entity's word and unnamed sources' word, each tied to its report
        new Event(null, "ASSAULT", null, "claimed", DateRange.exact(MAR_4), null,
            List.of(new Participant("p1", "SOURCE")),
            List.of(new Evidence("a1", 80, 140, "quote"), new Evidence("a1", 0, 31, "title",
                Part.TITLE)), 0.65,
            List.of(new Claim(new Evidence("a1", 80, 140, "quote"), "p2", "p2's defence ministry"),
                new Claim(new Evidence("a1", 0, 31, "title", Part.TITLE), null, "witnesses"))));
    assertEquals(events, EventCodec.events(EventCodec.events(events)));
  }

  @Test
  void figureMentionsReadBackEqual() {
    DateRange reported = DateRange.exact(MAR_4);
    FigureDetail d = new FigureDetail("f1", "soldiers", "military", "side1", "the ministry",
        "since the fighting began", DateRange.between(null, MAR_4), reported, null, "nearly",
        70.0, 75.0, 1, List.of("The ministry said nearly 75 soldiers were killed."));
    FigureDetail bare = new FigureDetail("f2", null, "people", null, null, null, null, reported,
        "f1", null, null, null, 1, List.of("Half of them were wounded."));
    List<FigureMention> figures = List.of(
        new FigureMention("75.0|KILLED|m1", 75, "KILLED", "nearly", "m1", reported,
            new Evidence("a1", 120, 171, "quote"), d),
        new FigureMention("37.5|WOUNDED|null", 37.5, "WOUNDED", null, null, reported,
            new Evidence("a1", 0, 26, "caption", Part.caption(0)), bare));
    assertEquals(figures, EventCodec.figures(EventCodec.figures(figures)));
  }
}
