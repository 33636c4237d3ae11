#!/usr/bin/env bash
# Measures the default model, the first release's settings and the plain baselines on the same
# data, by every protocol the README's model table reports. Prints one markdown row per learner.
# Usage: scripts/model-table.sh [JAR]   (default target/usthem.jar; build it with mvn -q package -DskipTests)
# Takes about an hour on two cores: leave-one-channel-out trains each learner 57 times.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/usthem.jar}
run() { java -jar "$jar" eval "$@" --json 2>/dev/null | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["accuracy"])'; }
learners=(
  "UsThem default (features full, maxent, cutoff 3, 300 iterations)|"
  "first release's settings, retrained (features full-v1)|--features full-v1"
  "TF-IDF logistic regression|--baseline tfidf"
  "fastText-style classifier|--baseline fasttext"
  "pronoun count (you vs. we words)|--baseline pronoun"
)
echo "| learner | test.jsonl | test.jsonl, hard | 5-fold CV | leave-one-channel-out | outside-dev | outside-final |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for entry in "${learners[@]}"; do
  name=${entry%%|*}; options=${entry#*|}
  # shellcheck disable=SC2086
  row="| $name | $(run --data training-data/test.jsonl --train training-data $options)"
  row+=" | $(run --data training-data/test.jsonl --train training-data --hard-only $options)"
  row+=" | $(run --data training-data --folds 5 $options)"
  row+=" | $(run --data training-data --group-by channel $options)"
  row+=" | $(run --data evaluation/outside-dev.jsonl --train training-data $options)"
  row+=" | $(run --data evaluation/outside-final.jsonl --train training-data $options) |"
  echo "$row"
done
