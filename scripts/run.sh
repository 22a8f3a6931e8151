#!/usr/bin/env bash
# Runs the dsr-analytics pipeline in local mode, building what it needs first.
#   ./scripts/run.sh                          # the sample job: jobs/sample.json -> out/
#   ./scripts/run.sh --config jobs/other.json # any other job; every option goes to the job
# Environment: DSR_MASTER (default local[2]), DSR_DRIVER_MEMORY (default 2g), DSR_JAVA_OPTS (more
# JVM options, e.g. -XX:TieredStopAtLevel=1, which makes small inputs such as the sample about 3 s
# faster and large ones a third slower: see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/build.sh
build_application

args=("$@")
has_config=false
for a in "${args[@]+"${args[@]}"}"; do
  [[ $a == --config || $a == --config=* || $a == -h || $a == --help || $a == -V || $a == --version ]] && has_config=true
done
$has_config || args=(--config jobs/sample.json "${args[@]+"${args[@]}"}")

read -ra java_opts <<< "${DSR_JAVA_OPTS:-}"
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
exec java @scripts/spark-jvm.args \
  -Xmx"${DSR_DRIVER_MEMORY:-2g}" -XX:ReservedCodeCacheSize=256m "${java_opts[@]+"${java_opts[@]}"}" \
  -Dspark.master="${DSR_MASTER:-local[2]}" \
  -Dspark.ui.enabled=false \
  -Dspark.driver.bindAddress=127.0.0.1 \
  -Dspark.sql.shuffle.partitions=4 \
  -cp "target/classes:$(cat target/classpath.txt)" \
  org.dsr.analytics.jobs.Main "${args[@]}"
