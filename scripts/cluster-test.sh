#!/usr/bin/env bash
# The production path, end to end: starts a Spark standalone cluster on 127.0.0.1 (a Master and
# two Workers from the Spark jars Maven brings), submits a job (the sample job unless --config)
# with scripts/submit.sh (Spark's SparkSubmit and the application jar), and checks that its outputs
# equal those of a local run. The run has its inputs and outputs on HDFS (a MiniDFSCluster started
# here), the paths naming no host so that the executors find the NameNode only through the driver's
# broadcast Hadoop configuration (spark.hadoop.fs.defaultFS), and one Worker is killed, with its
# executor, mid-job: it must still succeed with the same outputs. With --once (the benchmark) the
# inputs and outputs stay on the local disk and no Worker is killed. Every process this script
# starts is stopped by its PID at the end, pass or fail.
#   ./scripts/cluster-test.sh [--config job.json] [--once] [local-output-dir]
# Without local-output-dir it makes the local run to compare with (./scripts/run.sh).
# Logs and outputs: target/cluster-test/. Run by ./scripts/test.sh on the sample and by
# ./scripts/bench.sh on the scale 1 inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
config=jobs/sample.json once=false
while [[ ${1:-} == --* ]]; do
  case $1 in
    --config) config=${2:?--config needs a file} && shift ;;
    --once) once=true ;;
    *) echo "cluster-test.sh: unknown option $1" >&2 && exit 2 ;;
  esac
  shift
done
source scripts/build.sh
build_application
build_spark_home

work=$PWD/target/cluster-test
rm -rf "$work" && mkdir -p "$work"
export SPARK_HOME=$spark_home SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

pids=()
stop_all() {
  local pid
  for pid in "${pids[@]+"${pids[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 20); do
    local alive=0
    for pid in "${pids[@]+"${pids[@]}"}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || return 0
    sleep 0.5
  done
  for pid in "${pids[@]+"${pids[@]}"}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

fail() {
  echo "cluster-test: FAILED: $*" >&2
  exit 1
}

free_port() { # a port nobody listens on
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_for() { # file pattern count seconds: waits until the pattern shows count times in the file
  local deadline=$((SECONDS + $4))
  until [[ $(grep -c -- "$2" "$1" 2>/dev/null || true) -ge $3 ]]; do
    ((SECONDS < deadline)) || fail "waited $4 s for '$2' in $1"
    sleep 0.5
  done
}

server() { # log-file class args...: starts one Spark server JVM; its PID is the last of $pids
  local log=$1 class=$2
  shift 2
  java @scripts/spark-jvm.args -Xmx512m -Dspark.master.rest.enabled=false \
    -cp "$SPARK_HOME/jars/*" "$class" "$@" >"$log" 2>&1 &
  pids+=($!)
  disown $! # stopped by PID below; no job-control notice when a Worker is killed on purpose
}

if ! $once; then # the MiniDFSCluster comes up while the Spark servers do
  minicluster=target/test-servers/hadoop-client-minicluster.jar
  [[ -f $minicluster ]] || mvn -B -q dependency:copy@test-servers
  nn_port=$(free_port)
  hdfs=hdfs://127.0.0.1:$nn_port
  java -Xmx512m -cp "$SPARK_HOME/jars/*:$minicluster" org.apache.hadoop.test.MiniDFSClusterManager \
    -format -datanodes 1 -nnport "$nn_port" -D "hdfs.minidfs.basedir=$work/hdfs" \
    -writeDetails "$work/hdfs.json" >"$work/hdfs.log" 2>&1 </dev/null &
  pids+=($!)
  hdfs_deadline=$((SECONDS + 180))
fi
master_port=$(free_port)
master=spark://127.0.0.1:$master_port
server "$work/master.log" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$(free_port)"
wait_for "$work/master.log" "Starting Spark master" 1 60
worker_pids=()
for i in 1 2; do
  server "$work/worker-$i.log" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --webui-port "$(free_port)" --cores 1 --memory 1200m \
    --work-dir "$work/worker-$i" "$master"
  worker_pids+=("${pids[-1]}")
done
wait_for "$work/master.log" "Registering worker" 2 60
echo "cluster-test: master $master with 2 workers (PIDs ${worker_pids[*]})"

# Every worker and the DataNode are on this one machine, so data locality gains nothing, and waiting
# for it (spark.locality.wait, 3 s per level) only delays stages (the HDFS run: 182 s with it, 122 s
# without, one run each on a machine whose speed varied).
submit() { # output-dir log-file [spark-submit options]: submits the job in the background
  local out=$1 log=$2
  shift 2
  ./scripts/submit.sh "${job_config:-$config}" --master "$master" "$@" \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 \
    --conf spark.locality.wait=0s \
    --executor-memory 1g --total-executor-cores 2 \
    -- --output "$out" >"$log" 2>&1 &
  pids+=($!)
}

local_out=${1:-}
if [[ -z $local_out ]]; then
  local_out=$work/out-local
  ./scripts/run.sh --config "$config" --output "$local_out" >"$work/local.log" 2>&1 ||
    fail "the local run failed: $work/local.log"
fi

data_files() { # dir: checksums of every output file but the manifest (its times differ) and Parquet
  (cd "$1" && find . -type f ! -name '_manifest.json' ! -name '.*' ! -name '_SUCCESS' \
    ! -name '*.parquet' | sort | xargs md5sum)
}

manifest_facts() { # dir: what the manifest says of inputs, outputs and data quality, without times
  python3 -c 'import json, sys
m = json.load(open(sys.argv[1]))
print(json.dumps([m["inputs"], m["outputs"], m["data_quality"]], sort_keys=True, indent=1))' \
    "$1/_manifest.json"
}

same_outputs() { # dir: the same data as the local run's
  # Every CSV, Markdown and HTML file byte for byte. Parquet files are written from the same rows
  # as the CSV files, but their footers list encodings in an order that varies from JVM to JVM, so
  # they are compared through the manifest: rows and schema of each, as read back by Spark.
  diff <(data_files "$local_out") <(data_files "$1") >&2 ||
    fail "outputs in $1 differ from the local run's in $local_out"
  diff <(manifest_facts "$local_out") <(manifest_facts "$1") >&2 ||
    fail "the manifest of $1 differs from the local run's (inputs, outputs or data quality)"
}

# The cluster run is told to use Spark's generated code: inputs as small as the sample's make the
# job choose interpreted evaluation, as the local run does, so the two evaluation paths are
# compared.
generated_code=(--conf spark.sql.codegen.wholeStage=true --conf spark.sql.codegen.factoryMode=FALLBACK)
kept_generated_code() { # log
  grep -q 'settings for that size: {}' "$1" || fail "the run did not keep generated code: $1"
}

started=$SECONDS
if $once; then
  submit "$work/out-cluster" "$work/submit-1.log" "${generated_code[@]}"
  wait "${pids[-1]}" || fail "the cluster run exited with $?: $work/submit-1.log"
  kept_generated_code "$work/submit-1.log"
  same_outputs "$work/out-cluster"
  echo "cluster-test: cluster run in $((SECONDS - started)) s, outputs equal the local run's"
  echo "cluster-test: passed"
  exit 0
fi

until [[ -s $work/hdfs.json ]]; do # it writes its details once the NameNode and DataNode are up
  ((SECONDS < hdfs_deadline)) || fail "the MiniDFSCluster did not start: $work/hdfs.log"
  sleep 0.5
done
# Hadoop's shell, which insists on a core-site.xml: one naming the NameNode.
mkdir -p "$work/hadoop-conf"
printf '<configuration><property><name>fs.defaultFS</name><value>%s</value></property></configuration>\n' \
  "$hdfs" >"$work/hadoop-conf/core-site.xml"
fs_shell() { java -cp "$work/hadoop-conf:$SPARK_HOME/jars/*" org.apache.hadoop.fs.FsShell "$@" 2>>"$work/hdfs-shell.log"; }
fs_shell -mkdir -p /dsr && fs_shell -put sample-data /dsr/sample-data
job_config=$work/sample-hdfs.json
sed 's#"\.\./sample-data/#"hdfs:///dsr/sample-data/#' "$config" >"$job_config"
submit hdfs:///dsr/out-cluster "$work/submit-1.log" "${generated_code[@]}" \
  --conf spark.hadoop.fs.defaultFS="$hdfs"
driver=${pids[-1]}
# Mid-job: once ingestion has checkpointed its first dataset, executors hold blocks and shuffles.
# One run for HDFS, generated code and the lost worker: none of the three hides a fault of another,
# and each run of the sample on this cluster costs minutes of the suite on 2 cores.
wait_for "$work/submit-1.log" "rows checked and disposed" 1 240
victim=${worker_pids[1]}
executors=$(pgrep -P "$victim" || true)
kill -9 $executors "$victim"
echo "cluster-test: killed worker 2 (PID $victim) and its executor (PIDs ${executors:-none}) mid-job"
wait "$driver" || fail "the run on HDFS that lost a worker exited with $?: $work/submit-1.log"
kept_generated_code "$work/submit-1.log"
fs_shell -get /dsr/out-cluster "$work/out-hdfs"
# Rows name their source file: on HDFS, where the sample files were put.
find "$work/out-hdfs" -type f \( -name '*.csv' -o -name '*.md' -o -name '*.html' -o -name '_manifest.json' \) \
  -exec sed -i "s#$hdfs/dsr/sample-data#$PWD/sample-data#g" {} +
same_outputs "$work/out-hdfs"
echo "cluster-test: run on HDFS with a worker lost in $((SECONDS - started)) s, outputs equal the local run's"
echo "cluster-test: passed"
