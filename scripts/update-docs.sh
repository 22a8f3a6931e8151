#!/usr/bin/env bash
# Regenerates the documents that are generated from the code: docs/data-dictionary.md, and, where
# the real data is beside the project (../shared/data), docs/validity.md from a run of
# jobs/real-data.json (a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests compile
mvn -B -q dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile=target/classpath.txt
classpath="target/classes:$(cat target/classpath.txt)"
java -cp "$classpath" org.dsr.analytics.jobs.DataDictionary docs/data-dictionary.md
echo "updated docs/data-dictionary.md"
if [[ -d ../shared/data ]]; then
  ./scripts/run.sh --config jobs/real-data.json --output target/validity-run >target/validity-run.log 2>&1 ||
    { tail -n 20 target/validity-run.log >&2; exit 1; }
  SPARK_LOCAL_IP=127.0.0.1 java @scripts/spark-jvm.args -Dspark.master="local[2]" -Dspark.ui.enabled=false \
    -Dspark.sql.shuffle.partitions=4 -cp "$classpath" org.dsr.analytics.jobs.ValidityDoc \
    jobs/real-data.json target/validity-run docs/validity.md 2>>target/validity-run.log
  echo "updated docs/validity.md"
else
  echo "../shared/data is absent: docs/validity.md left as it is" >&2
fi
