#!/bin/bash
# usage (in WORK): score-extras.sh JAR GOLD_DIR EMB THRESHOLD|base halves...
# Scores the events stage recomputed by JAR (built with extra-events.patch applied) on WORK/base/H,
# with the classifier's additions WORK/extras-EMB-lr-H-THRESHOLD.tsv, or without any ("base").
# Prints the score lines only (no --list), so it may be run on a blind half.
JAR=$1; G=$2; E=$3; T=$4; shift 4
for h in "$@"; do
  if [ "$T" = base ]; then P=""; else P="-Ddossier.extraEvents=$PWD/extras-$E-lr-$h-$T.tsv"; fi
  r=$(java -Xmx3g $P -jar $JAR eval events $G/$h-events.jsonl base/$h --recompute 2>/dev/null \
    | grep -E "^system|precision" | tr -s ' ' | tr '\n' ' ')
  echo "$h $T | $r"
done
