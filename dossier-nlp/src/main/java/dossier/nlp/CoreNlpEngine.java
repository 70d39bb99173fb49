package dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP behind {@link NlpEngine}: tokenize, ssplit (a blank line ends a sentence), one
 * CRF name model (no part-of-speech tags: the model does not read them, and the tagger tripled the
 * time per token), and SUTime run apart, only on sentences that can hold a time expression and
 * once per anchor date. The pipeline and the time tagger are shared by all threads (CoreNLP's
 * annotators are thread-safe) and built once per JVM per configuration, see {@link #standard()}.
 */
public final class CoreNlpEngine implements NlpEngine {
  /** The CRF model for names: PERSON, ORGANIZATION, LOCATION, trained on the most data. */
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  /** What {@link #standard()} runs, known without loading it (the annotation state names it). */
  static final String STANDARD_DESCRIPTION = describe(false, false);

  private final StanfordCoreNLP pipeline;
  private final TimeExpressionExtractor sutime;
  private final boolean pos;
  private final boolean timeOnAll;

  /** Configurations measured by the benchmark; {@link #STANDARD} is the one the build uses. */
  public enum Variant {
    /** No part-of-speech tagger (the name model does not use tags), time tagger on candidate sentences. */
    STANDARD,
    /** With CoreNLP's part-of-speech tagger (SUTime reads tags in a few rules): 3 times slower. */
    WITH_POS,
    /** The time tagger on every sentence. */
    TIME_ON_ALL_SENTENCES
  }

  /** A new engine of a variant (loads its models anew: for benchmarks; the build uses {@link #standard()}). */
  public static CoreNlpEngine of(Variant v) {
    return v == Variant.STANDARD ? standard() : new CoreNlpEngine(v == Variant.WITH_POS, v == Variant.TIME_ON_ALL_SENTENCES);
  }

  /** Builds an engine; prefer {@link #standard()}, which loads the models once per JVM. */
  CoreNlpEngine(boolean pos, boolean timeOnAll) {
    this.pos = pos;
    this.timeOnAll = timeOnAll;
    Properties p = new Properties();
    p.setProperty("annotators", pos ? "tokenize,ssplit,pos,ner" : "tokenize,ssplit,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.useNERSpecificTokenization", "false");
    p.setProperty("enforceRequirements", "false");
    this.pipeline = new StanfordCoreNLP(p);
    Properties t = new Properties();
    t.setProperty("sutime.includeRange", "false");
    t.setProperty("sutime.markTimeRanges", "false");
    t.setProperty("sutime.teRelHeurLevel", "MORE");
    this.sutime = TimeExpressionExtractorFactory.createExtractor("sutime", t);
  }

  /** The standard engine, built on first use and shared for the JVM's life. */
  public static CoreNlpEngine standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final CoreNlpEngine STANDARD = new CoreNlpEngine(false, false);
  }

  @Override
  public String describe() {
    return describe(pos, timeOnAll);
  }

  private static String describe(boolean pos, boolean timeOnAll) {
    return "CoreNLP tokenize,ssplit," + (pos ? "pos," : "") + "ner(all.3class) + SUTime on "
        + (timeOnAll ? "all sentences" : "candidate sentences");
  }

  @Override
  public NlpDoc annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<NlpDoc.Sentence> out = new ArrayList<>(sentences.size());
    List<NlpDoc.Name> names = new ArrayList<>();
    List<CoreMap> timeSentences = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      List<NlpDoc.Token> tokens = new ArrayList<>(toks.size());
      for (CoreLabel t : toks) {
        tokens.add(new NlpDoc.Token(t.beginPosition(), t.endPosition(), t.word(), t.tag()));
      }
      int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new NlpDoc.Sentence(start, end, tokens));
      names(text, toks, names);
      if (timeOnAll || TimeCandidates.mayHoldTime(text.substring(start, end))) {
        timeSentences.add(s);
      }
    }
    return new NlpDoc(out, names, anchor -> times(text, timeSentences, anchor));
  }

  /** Runs of tokens with the same name tag make one name. */
  private static void names(String text, List<CoreLabel> toks, List<NlpDoc.Name> names) {
    int i = 0;
    while (i < toks.size()) {
      String tag = toks.get(i).ner();
      if (tag == null || "O".equals(tag)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && tag.equals(toks.get(j).ner())) {
        j++;
      }
      int b = toks.get(i).beginPosition();
      int e = toks.get(j - 1).endPosition();
      names.add(new NlpDoc.Name(b, e, text.substring(b, e), tag));
      i = j;
    }
  }

  private List<NlpDoc.Timex> times(String text, List<CoreMap> sentences, LocalDate anchor) {
    List<NlpDoc.Timex> out = new ArrayList<>();
    String docDate = anchor == null ? null : anchor.toString();
    for (CoreMap s : sentences) {
      List<CoreMap> found;
      try {
        found = sutime.extractTimeExpressionCoreMaps(s, docDate);
      } catch (RuntimeException e) {
        continue; // SUTime fails on rare inputs; the sentence simply yields no time
      }
      for (CoreMap cm : found) {
        Timex tx = cm.get(TimeAnnotations.TimexAnnotation.class);
        if (tx == null || tx.value() == null && tx.timexType() == null) {
          continue;
        }
        int b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        out.add(new NlpDoc.Timex(b, e, text.substring(b, e), tx.timexType(),
            tx.value() != null ? tx.value() : tx.altVal()));
      }
    }
    return out;
  }
}
