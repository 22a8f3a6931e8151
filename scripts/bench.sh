#!/usr/bin/env bash
# Benchmark (issue #7): dsr-analytics against the DuckDB reference, written to docs/benchmarks.md.
#   ./scripts/bench.sh [--scales "1 10"] [--runs 3] [--seed 42] [--out docs/benchmarks.md]
#                      [--timeout-s 1800]
# Generates the inputs of each scale once (cached in target/bench-data/), times the sample pipeline
# once without run.sh's class-data archive (the first run after a build) and --runs times with it,
# then per scale alternates the full pipeline and the DuckDB reference on the same inputs and
# cores, --runs times each. Every run is measured by /usr/bin/time -v (wall, CPU, peak RSS) and
# stopped after --timeout-s seconds (reported as timed out). With scale 1, the job also runs once on
# a local standalone cluster (scripts/cluster-test.sh --once), whose outputs must equal the local
# run's. Then the real-data job (jobs/real-data.json, every real file in ../shared/data) alternated
# with the minimal Spark job (org.dsr.analytics.bench.MinimalJob: session start, a 40-row CSV read,
# a join, an aggregate, Parquet and CSV written), --runs times each, when ../shared/data exists.
# Last, the floor: Spark's and DuckDB's CSV readers alone on the largest scale's deployments
# file (org.dsr.analytics.bench.CsvFloor), --runs times each. Raw logs: target/bench-logs/.
# Targets are checked and printed; a missed one is not an error. Exit 1 only when a run fails.
# Environment: DSR_MASTER and DSR_DRIVER_MEMORY, as for scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scales="1 10" runs=3 seed=42 out=docs/benchmarks.md timeout_s=1800
while (($#)); do
  case $1 in
    --scales) scales=${2?--scales needs a value} ;;
    --runs) runs=${2:?--runs needs a value} ;;
    --seed) seed=${2:?--seed needs a value} ;;
    --out) out=${2:?--out needs a value} ;;
    --timeout-s) timeout_s=${2:?--timeout-s needs a value} ;;
    -h | --help) sed -n '2,17p' "$0" && exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2 && exit 2 ;;
  esac
  shift 2
done

source scripts/build.sh
build_application
# The DuckDB reference is test code: test classes, and their class path (DuckDB's JDBC driver).
mvn -B -q -DskipTests test-compile
# The class path of the test-scope tools (DuckDbReference, CsvFloor), kept unexpanded in the
# commands so that the report prints them as they can be pasted.
test_cp='-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)"'
[[ target/test-classpath.txt -nt pom.xml ]] ||
  mvn -B -q dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/test-classpath.txt

# DuckDB gets as many threads as Spark gets cores, so the two are compared on equal hardware.
master=${DSR_MASTER:-local[2]}
case $master in
  local) cores=1 ;;
  local\[[0-9]*\]) cores=${master//[^0-9]/} ;;
  *) cores=$(nproc) ;;
esac

# Inputs are generated once per scale and seed: generating scale 10 takes longer than a DuckDB run.
# Written beside the cache and moved in when complete, so an interrupted generation is not reused.
for scale in $scales; do
  data=target/bench-data/scale-$scale-seed-$seed
  if [[ ! -f $data/job.json ]]; then
    rm -rf "$data.partial"
    ./scripts/generate-data.sh --scale "$scale" --seed "$seed" --out "$data.partial"
    mv "$data.partial" "$data"
  fi
done

logs=target/bench-logs
rm -rf "$logs" && mkdir -p "$logs"
cp /proc/loadavg "$logs/loadavg-at-start"

# timed INPUT TOOL RUN OUTPUT_DIR COMMAND: runs COMMAND (a shell line, which is also what the report
# prints to reproduce it) under /usr/bin/time -v and the timeout; one row per run in results.tsv.
timed() {
  local input=$1 tool=$2 run=$3 output=$4 command=$5 rc=0
  local name=$logs/$input-$tool-$run
  # Every run starts from an empty output folder: none spends time moving an old one aside.
  rm -rf "$output" "$output".*
  echo "bench: $input, $tool, run $run of $runs" >&2
  /usr/bin/time -v -o "$name.time" timeout --kill-after=30 "$timeout_s" bash -c "$command" \
    >"$name.log" 2>&1 || rc=$?
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$input" "$tool" "$run" "$rc" "$name" "$command" \
    >>"$logs/results.tsv"
}

# run.sh keeps the classes a run loads in a class-data archive, written by the first run after a
# build: that run is timed on its own, the others use the archive.
rm -f target/cds/dsr-analytics.jsa
timed sample dsr-analytics-first-run 1 target/bench-out/sample \
  './scripts/run.sh --output target/bench-out/sample'
for ((run = 1; run <= runs; run++)); do
  timed sample dsr-analytics "$run" target/bench-out/sample \
    './scripts/run.sh --output target/bench-out/sample'
done
for scale in $scales; do
  data=target/bench-data/scale-$scale-seed-$seed
  result=target/bench-out/scale-$scale
  # Alternating the two tools spreads any drift of the machine's load over both.
  for ((run = 1; run <= runs; run++)); do
    timed "scale-$scale" dsr-analytics "$run" "$result/dsr-analytics" \
      "./scripts/run.sh --config $data/job.json --output $result/dsr-analytics"
    timed "scale-$scale" duckdb-reference "$run" "$result/duckdb" \
      "java -Ddsr.reference.threads=$cores $test_cp org.dsr.analytics.bench.DuckDbReference $data $result/duckdb"
  done
done

# The real-data job against the fixed cost of any Spark job on this machine: the minimal job.
if [[ -d ../shared/data ]]; then
  for ((run = 1; run <= runs; run++)); do
    timed real-data dsr-analytics "$run" target/bench-out/real-data \
      './scripts/run.sh --config jobs/real-data.json --output target/bench-out/real-data'
    timed real-data minimal-spark-job "$run" target/bench-out/minimal \
      "java @scripts/spark-jvm.args -Xmx${DSR_DRIVER_MEMORY:-2g} -Ddsr.reference.threads=$cores $test_cp org.dsr.analytics.bench.MinimalJob target/bench-out/minimal"
  done
fi

# The floor under the ratio: the least work Spark's and DuckDB's own CSV readers can do with the
# largest scale's deployments file (parse every field; parse and write Parquet), no checks.
largest=$(tr ' ' '\n' <<<"$scales" | grep . | sort -g | tail -1 || true)
if [[ -n $largest ]]; then
  deployments=target/bench-data/scale-$largest-seed-$seed/deployments/deployments.csv
  floor="java @scripts/spark-jvm.args -Xmx${DSR_DRIVER_MEMORY:-2g} -Ddsr.reference.threads=$cores $test_cp org.dsr.analytics.bench.CsvFloor"
  for ((run = 1; run <= runs; run++)); do
    for work in parse parquet; do
      for engine in spark duckdb; do
        timed "scale-$largest" "$engine-csv-floor-$work" "$run" "target/bench-out/floor" \
          "$floor $engine $work $deployments target/bench-out/floor"
      done
    done
  done
fi

# The cluster path at scale 1: a standalone cluster's outputs against the local run's just above.
if [[ " $scales " == *" 1 "* ]]; then
  cluster="./scripts/cluster-test.sh --config target/bench-data/scale-1-seed-$seed/job.json --once target/bench-out/scale-1/dsr-analytics"
  echo "bench: scale-1, cluster path" >&2
  started=$SECONDS
  if timeout --kill-after=30 "$timeout_s" $cluster >"$logs/cluster-scale-1.log" 2>&1; then
    verdict=equal
  else
    verdict=failed
  fi
  printf '%s\t%s\t%s\n' "$verdict" "$((SECONDS - started))" "$cluster" >"$logs/cluster-scale-1.tsv"
fi

invocation="./scripts/bench.sh --scales \"$scales\" --runs $runs --seed $seed --out $out --timeout-s $timeout_s"
[[ -z ${DSR_MASTER:-} ]] || invocation="DSR_MASTER='$DSR_MASTER' $invocation"
[[ -z ${DSR_DRIVER_MEMORY:-} ]] || invocation="DSR_DRIVER_MEMORY=$DSR_DRIVER_MEMORY $invocation"
exec python3 scripts/bench-report.py --logs "$logs" --out "$out" --invocation "$invocation" \
  --master "$master" --cores "$cores" --timeout-s "$timeout_s"
