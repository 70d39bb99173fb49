package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.figures.Sentences;
import dossier.model.Span;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The events stage's parser (tagger, then CoreNLP's neural parser called directly with the exact
 * fast scorer, enhanced++ graph only) gives the very parse CoreNLP's full pipeline with its
 * depparse annotator gives: same tokens, tags, lemmas, arcs in the same order. Set
 * {@code -Ddossier.parseIdentity=DIR} to also compare every sentence the stage would parse in the
 * .txt files under DIR.
 */
class DepParserIdentityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SENTENCES = List.of(
      "The foreign ministers of the two countries met in the capital on Tuesday to discuss the"
          + " border dispute.",
      "Police arrested three men after a shop was set on fire, a spokeswoman said.",
      "The opposition leader accused the government of rigging the vote and demanded a recount.",
      "Prosecutors dropped the charges against the 34-year-old teacher, who had been held without"
          + " bail since March.",
      "GUNMEN OPEN FIRE ON MARKET, KILLING FOUR",
      "Rebels vowed to attack the convoy if the army did not pull back its troops by Friday.",
      "\"We will not accept any deal that ignores our demands,\" the union's chief told reporters.",
      "After talks with her counterpart, the minister said both sides had agreed to a ceasefire.",
      "Thousands of farmers rallied outside parliament, hurling eggs at the building.",
      "The court sentenced him to eight years in prison for fraud and bribery.");

  @Test
  void parsesAsTheFullPipeline() throws IOException {
    assertTrue(DepParser.shared().fast(), "the exact fast scorer is installed");
    StanfordCoreNLP reference = reference();
    int compared = 0;
    for (String s : SENTENCES) {
      String text = "Intro line.\n" + s;
      int start = text.indexOf(s);
      assertEquals(referenceParse(reference, text, start, text.length()),
          DepParser.shared().parse(text, start, text.length()), s);
      compared++;
    }
    String dir = System.getProperty("dossier.parseIdentity");
    if (dir != null) {
      compared += corpus(reference, Path.of(dir));
    }
    assertTrue(compared >= SENTENCES.size());
  }

  /** Every sentence the stage would parse in the .txt files under {@code dir}; returns how many. */
  private static int corpus(StanfordCoreNLP reference, Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl"))
          .sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      if (f.toString().endsWith(".txt")) {
        texts.add(Files.readString(f));
      } else {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            texts.add(JSON.readTree(line).path("text").asText(""));
          }
        }
      }
    }
    int n = 0;
    List<String> differ = new ArrayList<>();
    for (String text : texts) {
      for (Span sp : Sentences.split(text)) {
        if (!TriggerWords.mayHold(text, sp.start(), sp.end())) {
          continue;
        }
        n++;
        if (!referenceParse(reference, text, sp.start(), sp.end())
            .equals(DepParser.shared().parse(text, sp.start(), sp.end()))) {
          differ.add(text.substring(sp.start(), sp.end()));
        }
      }
    }
    System.out.printf("parse identity: %d sentences in %d texts, %d differ%n", n, texts.size(),
        differ.size());
    assertEquals(List.of(), differ);
    return n;
  }

  private static StanfordCoreNLP reference() {
    return new StanfordCoreNLP(DepParser.taggerProperties("tokenize,ssplit,pos,lemma,depparse"));
  }

  /** The parse as the stage read it before: the depparse annotator's enhanced++ graph. */
  private static Parse referenceParse(StanfordCoreNLP pipeline, String text, int start, int end) {
    Annotation doc = new Annotation(Casing.normal(text, start, end));
    pipeline.annotate(doc);
    return DepParser.toParse(doc, start,
        s -> s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
  }
}
