#!/usr/bin/env bash
# Submits a dsr-analytics job with spark-submit, building the application jar first when needed.
#   ./scripts/submit.sh <job.json> [spark-submit options] [-- dsr-analytics options]
#   ./scripts/submit.sh jobs/sample.json --master spark://host:7077 -- --output /data/dsr/out
# Uses $SPARK_HOME/bin/spark-submit, else spark-submit on the PATH, else (no Spark installed)
# Spark's own SparkSubmit class run with the Spark jars Maven brings, the Java 17 module flags
# of scripts/spark-jvm.args and target/spark-home as SPARK_HOME.
# The job's exit code is this script's exit code (see README, "Exit codes").
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
config=$(realpath "$1")
shift
submit_options=()
while [[ $# -gt 0 && $1 != -- ]]; do submit_options+=("$1") && shift; done
[[ ${1:-} == -- ]] && shift
job_options=("$@")

source scripts/build.sh
build_application

# The log configuration must be given to the driver JVM: SparkSubmit sets up logging before it
# loads the application jar, so the jar's own log4j2.properties is never seen.
log_config="-Dlog4j2.configurationFile=file:$PWD/src/main/resources/log4j2.properties"
# HotSpot never compiles a method over 8,000 bytes of bytecode, and Spark's generated code for the
# readers is larger: the JVMs that run it, the executors and in local mode the driver, are told to
# (a --conf of the executors' key given below wins). They also keep no direct buffer over 1 MiB
# per thread: the JDK's copies of Parquet's vectored reads otherwise stay, as large as a column
# chunk, in every thread that made one (see run.sh).
jvm_options="-XX:-DontCompileHugeMethods -Djdk.nio.maxCachedBufferSize=1048576"
main=(--class org.dsr.analytics.jobs.Main --name "dsr-analytics $(basename "$config" .json)"
  --conf "spark.executor.extraJavaOptions=$jvm_options")
app=("$dsr_jar" --config "$config" "${job_options[@]+"${job_options[@]}"}")

spark_submit=""
if [[ -n ${SPARK_HOME:-} && -x $SPARK_HOME/bin/spark-submit ]]; then
  spark_submit=$SPARK_HOME/bin/spark-submit
elif command -v spark-submit >/dev/null 2>&1; then
  spark_submit=spark-submit
fi
if [[ -n $spark_submit ]]; then
  exec "$spark_submit" "${main[@]}" --driver-java-options "$log_config $jvm_options" \
    "${submit_options[@]+"${submit_options[@]}"}" "${app[@]}"
fi

build_spark_home
export SPARK_HOME=$spark_home SPARK_SCALA_VERSION=2.13
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# The driver runs in this JVM (client mode), so it needs the module flags the spark-submit script adds.
exec java @scripts/spark-jvm.args -Xmx"${DSR_DRIVER_MEMORY:-2g}" "$log_config" $jvm_options \
  -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
  "${main[@]}" "${submit_options[@]+"${submit_options[@]}"}" "${app[@]}"
