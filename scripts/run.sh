#!/usr/bin/env bash
# Runs the dsr-analytics pipeline in local mode, building what it needs first.
#   ./scripts/run.sh                          # the sample job: jobs/sample.json -> out/
#   ./scripts/run.sh --config jobs/other.json # any other job; every option goes to the job
# Environment: DSR_MASTER (default local[2]), DSR_DRIVER_MEMORY (default 2g).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/build.sh

args=("$@")
has_config=false
for a in "${args[@]+"${args[@]}"}"; do
  [[ $a == --config || $a == --config=* || $a == -h || $a == --help || $a == -V || $a == --version ]] && has_config=true
done
$has_config || args=(--config jobs/sample.json "${args[@]+"${args[@]}"}")

export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
exec java @scripts/spark-jvm.args \
  -Xmx"${DSR_DRIVER_MEMORY:-2g}" -XX:TieredStopAtLevel=1 \
  -Dspark.master="${DSR_MASTER:-local[2]}" \
  -Dspark.ui.enabled=false \
  -Dspark.driver.bindAddress=127.0.0.1 \
  -Dspark.sql.shuffle.partitions=4 \
  -cp "$dsr_classpath" \
  org.dsr.analytics.jobs.Main "${args[@]}"
