#!/usr/bin/env bash
# Writes synthetic inputs in the publishers' layouts, and DIR/job.json to run the pipeline on them.
#   ./scripts/generate-data.sh --scale 0.1 --seed 42 --out /tmp/dsr-data
#   ./scripts/run.sh --config /tmp/dsr-data/job.json --output /tmp/dsr-out
# Relative paths are taken from the project root, as in run.sh. Scale 1 = 1,000,000 deployment
# rows and 100,000 loan rows; files are streamed, so 1 GB of heap does for any scale
# (DSR_GENERATOR_MEMORY to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/build.sh
build_application
exec java -Xmx"${DSR_GENERATOR_MEMORY:-1g}" -cp "target/classes:$(cat target/classpath.txt)" \
  org.dsr.analytics.generate.GenerateData "$@"
