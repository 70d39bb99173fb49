#!/usr/bin/env bash
# The Spark scaling bench (docs/BENCHMARKS.md, "Spark"): builds the modules, then runs
# dossier.spark.bench.ScalingBench on the test classpath (Spark is provided scope, so it is there)
# with this checkout's classes first. Usage: dossier-spark/scaling-bench.sh [--articles N]...
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile -pl dossier-spark -am
cp_file=dossier-spark/target/bench-classpath.txt
./mvnw -B -o -q dependency:build-classpath -pl dossier-spark -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$cp_file" >/dev/null
# this checkout's modules, not whatever jar of them is in ~/.m2
own=""
for m in dossier-core dossier-nlp dossier-store dossier-search dossier-web dossier-cli; do
  own="$own:$m/target/classes"
done
deps=$(tr ':' '\n' < "$cp_file" | grep -v '/io/github/dossier/' | paste -sd: -)
exec java ${BENCH_JAVA_OPTS:--Xmx3g} \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
  -cp "dossier-spark/target/test-classes:dossier-spark/target/classes${own}:${deps}" \
  "${MAIN:-dossier.spark.bench.ScalingBench}" "$@"
