# Sourced by the other scripts (not run on its own): builds what they need, only when needed.
#   build_application  target/classes, the application jar (mvn package) and target/classpath.txt
#                      (Spark and every runtime library: the class path of a local run)
#   build_spark_home   target/spark-home/jars: Spark and only what Spark itself depends on, the
#                      'jars' folder of a Spark installation, for spark-submit without one
#   build_marked       records that the caller's mvn verify, given $classpath_goal, built the
#                      application: build_application then has nothing to do (scripts/test.sh)
# Both rebuild when the pom or the application's sources are newer than their last build.

dsr_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The Maven goal that writes target/classpath.txt, the class path of a local run.
classpath_goal=(dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile=target/classpath.txt)
_stamp=$dsr_root/target/.run-build-stamp

_stale() { # stamp file: true when it is missing or older than the pom or src/main
  [[ ! -f $1 || -n $(find "$dsr_root/pom.xml" "$dsr_root/src/main" -newer "$1" -print -quit) ]]
}

build_application() {
  # One build at a time: two scripts started together would otherwise race on target/.
  mkdir -p "$dsr_root/target"
  exec {build_lock}>"$dsr_root/target/.build.lock"
  flock "$build_lock"
  if _stale "$_stamp" || [[ ! -f $dsr_root/target/classpath.txt ]] ||
    ! compgen -G "$dsr_root/target/dsr-analytics-*.jar" >/dev/null; then
    echo "dsr-analytics: building (mvn package)..." >&2
    (cd "$dsr_root" && mvn -B -q -DskipTests package "${classpath_goal[@]}")
    touch "$_stamp"
  fi
  dsr_jar=$(ls "$dsr_root"/target/dsr-analytics-*.jar | grep -v '/original-')
  exec {build_lock}>&-
}

build_marked() {
  touch "$_stamp"
}

build_spark_home() {
  local home=$dsr_root/target/spark-home
  local version
  version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$dsr_root/pom.xml")
  if [[ ! -f $home/.version-$version ]]; then
    echo "dsr-analytics: assembling Spark $version jars in target/spark-home/jars..." >&2
    rm -rf "$home" && mkdir -p "$home"
    # A pom that depends on Spark alone: its runtime dependencies are what a Spark installation ships.
    cat >"$home/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.dsr</groupId><artifactId>spark-home</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>$version</version>
    </dependency>
  </dependencies>
  <build><plugins><plugin>
    <artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version>
  </plugin></plugins></build>
</project>
POM
    mvn -B -q -f "$home/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$home/jars"
    touch "$home/.version-$version"
  fi
  spark_home=$home
}
