#!/usr/bin/env bash
# Regenerates the documents that are generated from the code: docs/data-dictionary.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests compile
mvn -B -q dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile=target/classpath.txt
java -cp "target/classes:$(cat target/classpath.txt)" org.dsr.analytics.jobs.DataDictionary docs/data-dictionary.md
echo "updated docs/data-dictionary.md"
