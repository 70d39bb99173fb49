package dossier.events;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ExactFastClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * CoreNLP's part-of-speech tagger and neural dependency parser (UD, enhanced++), run on one
 * sentence at a time: the events stage parses only sentences that hold a trigger candidate, so the
 * parser costs little next to the language layer. Loaded once per JVM on first use ({@link
 * #shared()}); CoreNLP's annotators are thread-safe, so all threads share it.
 */
final class DepParser {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private final StanfordCoreNLP pipeline;
  private final DependencyParser nndep;
  private final boolean fast;

  private DepParser() {
    pipeline = new StanfordCoreNLP(taggerProperties("tokenize,ssplit,pos,lemma"));
    // the parser as CoreNLP's depparse annotator loads it (its "depparse."-prefixed properties),
    // called directly: the annotator also builds four graphs (basic, collapsed, cc-processed,
    // enhanced) nobody reads, 9 % of the stage's CPU
    Properties d = new Properties();
    d.setProperty("model", MODEL);
    nndep = DependencyParser.loadFromModelFile(MODEL, d);
    fast = ExactFastClassifier.install(nndep); // the same scores, bit for bit, sooner
  }

  /** The tokenizer, tagger and lemmatizer settings, with {@code annotators}. */
  static Properties taggerProperties(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("pos.model",
        "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    p.setProperty("depparse.model", MODEL);
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  /** The parser, built on first use and shared for the JVM's life. */
  static DepParser shared() {
    DepParser p = instance;
    if (p == null) {
      synchronized (DepParser.class) {
        p = instance;
        if (p == null) {
          long t0 = System.nanoTime();
          p = new DepParser();
          loadNanos = System.nanoTime() - t0;
          instance = p;
        }
      }
    }
    return p;
  }

  /** Whether the parser scores with {@link ExactFastClassifier} (else CoreNLP's own scorer). */
  boolean fast() {
    return fast;
  }

  /** Whether the models are loaded: a build with nothing to parse never loads them. */
  static boolean loaded() {
    return instance != null;
  }

  /** Nanoseconds the load took (0 before it). */
  static long loadNanos() {
    return loadNanos;
  }

  // the models, once per JVM (written once, under the lock; read without it once set)
  private static volatile DepParser instance;
  private static volatile long loadNanos;

  /** The parse of {@code text[start, end)} as one sentence; offsets stay those of {@code text}. */
  Parse parse(String text, int start, int end) {
    Annotation doc = new Annotation(Casing.normal(text, start, end));
    pipeline.annotate(doc);
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      Retags.fix(s.get(CoreAnnotations.TokensAnnotation.class)); // "X objects to the plan"
    }
    // what DependencyParseAnnotator stores as EnhancedPlusPlusDependenciesAnnotation
    return toParse(doc, start, s -> SemanticGraphFactory.makeFromTree(nndep.predict(s),
        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
  }

  /** The tokens of an annotated sentence and the arcs of its graph, offsets shifted by {@code start}. */
  static Parse toParse(Annotation doc, int start, Function<CoreMap, SemanticGraph> graph) {
    List<Parse.Tok> toks = new ArrayList<>();
    List<Parse.Arc> arcs = new ArrayList<>();
    int offset = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        toks.add(new Parse.Tok(start + t.beginPosition(), start + t.endPosition(), t.word(),
            t.lemma() == null ? t.word().toLowerCase() : t.lemma().toLowerCase(), t.tag()));
      }
      SemanticGraph g = graph.apply(s);
      if (g != null) {
        for (SemanticGraphEdge e : g.edgeIterable()) {
          arcs.add(new Parse.Arc(offset + e.getGovernor().index() - 1,
              offset + e.getDependent().index() - 1, e.getRelation().toString()));
        }
        for (IndexedWord r : g.getRoots()) {
          arcs.add(new Parse.Arc(-1, offset + r.index() - 1, "root"));
        }
      }
      offset = toks.size();
    }
    return new Parse(toks, arcs);
  }
}
