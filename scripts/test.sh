#!/usr/bin/env bash
# Runs the whole dsr-analytics test suite:
#   1. mvn verify: unit tests, Spark tests on local[2], integration tests on the real data in
#      ../shared/data (skipped, with a message, where that folder is absent), formatting check;
#   2. the sample pipeline (./scripts/run.sh), the same job on a local Spark standalone cluster
#      (scripts/cluster-test.sh: inputs and outputs on a MiniDFSCluster, then a Worker killed
#      mid-job; outputs equal the local run's), the comparison pages of the sample and of the
#      real-data test run rendered in headless Chromium, and the analyst notebook executed.
# Installs what a fresh Debian/Ubuntu machine lacks: Java 17, Maven, Python 3 and procps; Chromium
# and Jupyter for step 2 (where they cannot be installed, it says so and skips only those checks).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
apt_install() {
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

need=()
command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])' || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v python3 >/dev/null 2>&1 || need+=(python3)  # cluster-test.sh reads manifests
command -v pgrep >/dev/null 2>&1 || need+=(procps)     # cluster-test.sh finds a Worker's executor
if ((${#need[@]})); then
  echo "test.sh: installing ${need[*]}" >&2
  apt_install "${need[@]}"
fi

export SPARK_LOCAL_IP=127.0.0.1
mkdir -p target
source scripts/build.sh
# verify packages the application jar; with the run's class path written in the same Maven run,
# the scripts below start from that build instead of packaging again (about 30 s).
mvn -B verify "${classpath_goal[@]}" "$@" | tee target/mvn-verify.log
build_marked

report=()
command -v chromium >/dev/null 2>&1 || report+=(chromium)
command -v jupyter-nbconvert >/dev/null 2>&1 || report+=(jupyter-nbconvert python3-pandas python3-matplotlib python3-ipykernel)
if ((${#report[@]})); then
  echo "test.sh: installing ${report[*]} for the report checks" >&2
  apt_install "${report[@]}" || echo "test.sh: could not install ${report[*]}; the checks that need them are skipped" >&2
fi

mkdir -p target/report-checks
# No class-data archive: nothing below would map it, and writing it made this run 11 s longer
# (60.7 s against 49.3 s for the sample on a quiet machine).
if ! DSR_CDS=off ./scripts/run.sh --output out/test-run >target/report-checks/run.log 2>&1; then
  tail -n 30 target/report-checks/run.log >&2
  echo "test.sh: the sample run failed; its log is target/report-checks/run.log" >&2
  exit 1
fi
# The production path: the application jar on a standalone cluster, a Worker lost mid-job, HDFS.
./scripts/cluster-test.sh out/test-run
# Written by the real-data tests (testing.SharedRun: one run per build, the newest build last).
real_page=$(ls -t target/shared-runs/*/real-data/out/comparison/comparison.html 2>/dev/null | head -n 1 || true)
if command -v chromium >/dev/null 2>&1; then
  ./scripts/check-html.sh out/test-run/comparison/comparison.html target/report-checks/comparison.png
  if [[ -n $real_page ]]; then
    ./scripts/check-html.sh "$real_page" target/report-checks/real-comparison.png
  else
    echo "test.sh: SKIPPED the real-data comparison page: no real-data run (../shared/data absent)" >&2
  fi
else
  echo "test.sh: SKIPPED the HTML rendering check: chromium is not installed" >&2
fi
if command -v jupyter-nbconvert >/dev/null 2>&1; then
  DSR_OUT="$PWD/out/test-run" DSR_FIGURE="$PWD/target/report-checks/notebook-comparison.png" \
    jupyter-nbconvert --to notebook --execute docs/notebooks/explore.ipynb \
    --output-dir target/report-checks --log-level WARN
  echo "test.sh: notebook docs/notebooks/explore.ipynb executed (target/report-checks/explore.ipynb)"
else
  echo "test.sh: SKIPPED the notebook: jupyter-nbconvert is not installed" >&2
fi

# One closing line with the JUnit totals, for whoever reads only the end.
summary=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' target/mvn-verify.log | tail -n 1)
if [[ $summary =~ Tests\ run:\ ([0-9]+),\ Failures:\ ([0-9]+),\ Errors:\ ([0-9]+),\ Skipped:\ ([0-9]+) ]]; then
  run=${BASH_REMATCH[1]} failed=$((BASH_REMATCH[2] + BASH_REMATCH[3])) skipped=${BASH_REMATCH[4]}
  echo "tests: $((run - failed - skipped)) passed, $failed failed, $skipped skipped"
fi
