# Sourced by scripts that run the application's classes (run.sh, generate-data.sh), from the
# project root. Builds when the application's sources or the pom are newer than the last build,
# and sets $dsr_classpath: target/classes plus every compile and provided dependency (Spark is
# 'provided' in the application jar; a local run brings it in).
classpath_file=target/classpath.txt
stamp=target/.run-build-stamp
if [[ ! -f $stamp || ! -f $classpath_file || -n $(find pom.xml src/main -newer "$stamp" -print -quit) ]]; then
  echo "dsr-analytics: building (mvn package)..." >&2
  mvn -B -q -DskipTests package
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$classpath_file"
  touch "$stamp"
fi
dsr_classpath="target/classes:$(cat "$classpath_file")"
