#!/usr/bin/env bash
# Runs the dsr-analytics pipeline in local mode, building what it needs first.
#   ./scripts/run.sh                          # the sample job: jobs/sample.json -> out/
#   ./scripts/run.sh --config jobs/other.json # any other job; every option goes to the job
# Environment: DSR_MASTER (default local[2]), DSR_DRIVER_MEMORY (default 2g), DSR_JAVA_OPTS (more
# JVM options, e.g. -Xlog:class+load=info to see which classes come from the class-data archive),
# DSR_CDS=off (neither use nor write the class-data archive: a one-off run, such as scripts/test.sh's).
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

# Class-data sharing: the ~20,000 classes a run loads, most of them Spark's, are kept in an archive
# that later runs map into memory instead of reading and verifying each one again (about 5 s of a
# sample run). The first run after a build writes the archive as it exits (about 15 s once). The
# archive needs a class path of jars only, hence the application jar rather than target/classes.
app_jar=$(ls target/original-dsr-analytics-*.jar)
classpath="$app_jar:$(cat target/classpath.txt)"
archive=target/cds/dsr-analytics.jsa
java_bin=$(readlink -f "$(command -v java)")
cds=(-Xlog:cds=off -Xlog:cds+dynamic=off) # the JVM's own notes on archives, not the job's business
new_archive=
if [[ ${DSR_CDS:-on} == off ]]; then
  : # JDK classes only, from the JDK's own archive
elif [[ -f $archive && $archive -nt $app_jar && $archive -nt target/classpath.txt && $archive -nt $java_bin ]]; then
  cds+=(-XX:SharedArchiveFile="$archive")
else
  mkdir -p target/cds
  new_archive=target/cds/.new-$$.jsa
  cds+=(-XX:ArchiveClassesAtExit="$new_archive")
fi

# HotSpot never compiles a method over 8,000 bytes of bytecode; Spark's generated code for the
# readers' parsing and checks is larger and would run interpreted (docs/benchmarks.md, session 5).
jit=(-XX:-DontCompileHugeMethods)
read -ra java_opts <<< "${DSR_JAVA_OPTS:-}"
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# glibc gives threads that allocate at once malloc arenas of their own (up to 8 per core), memory
# outside the heap that Spark's many threads keep; two arenas hold the peak RSS at scale 10 lower
# (docs/benchmarks.md, session 11). Yours wins.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# Parquet reads a column chunk (tens of MB at scale 10) into a heap buffer through Hadoop's
# vectored read, an AsynchronousFileChannel; the JDK copies it through a direct buffer as large,
# which each of the channel's threads keeps for good unless it is over this size: 0.5 GB outside
# the heap by the end of a scale-10 run (docs/benchmarks.md, session 12). Yours wins.
nio=(-Djdk.nio.maxCachedBufferSize=1048576)
command=(java @scripts/spark-jvm.args "${cds[@]}"
  -Xmx"${DSR_DRIVER_MEMORY:-2g}" -XX:ReservedCodeCacheSize=256m "${jit[@]}" "${nio[@]}" "${java_opts[@]+"${java_opts[@]}"}"
  -Dspark.master="${DSR_MASTER:-local[2]}"
  -Dspark.ui.enabled=false
  -Dspark.driver.bindAddress=127.0.0.1
  -Dspark.sql.shuffle.partitions=4
  -cp "$classpath"
  org.dsr.analytics.jobs.Main "${args[@]}")
if [[ -z $new_archive ]]; then
  exec "${command[@]}"
fi
# Not exec'd: the archive is moved into place after the JVM exits (whole, so a run started
# meanwhile never maps a half-written one); a TERM or INT for this script is passed on to it.
"${command[@]}" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null' TERM INT
status=0
wait $pid || status=$?
# wait returns early when a trapped signal arrives; then wait for the JVM itself.
while kill -0 $pid 2>/dev/null; do wait $pid || status=$?; done
# Only a finished run's archive holds all the classes a run needs.
if [[ $status == 0 && -s $new_archive ]]; then mv -f "$new_archive" "$archive"; fi
rm -f "$new_archive"
exit $status
