#!/usr/bin/env bash
# Runs the whole dsr-analytics test suite: unit tests, Spark tests on local[2], integration tests on
# the real data in ../shared/data (skipped, with a message, where that folder is absent), the
# formatting check. Installs Java 17 and Maven first where the machine lacks them (Debian/Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/.."

need_install=()
command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])' || need_install+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_install+=(maven)
if ((${#need_install[@]})); then
  echo "test.sh: installing ${need_install[*]}" >&2
  if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_install[@]}"
fi

export SPARK_LOCAL_IP=127.0.0.1
mvn -B verify "$@"
