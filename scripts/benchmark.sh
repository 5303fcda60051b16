#!/bin/sh
# The benchmark: packages the product and its class-data archive, then runs
# vn.quangngai.dvk.bench.Benchmark (test sources) with the preview's JVM options, on the test class
# path (stock JBake and its OrientDB included). Hugo, if on the PATH (apt-get install hugo), builds
# the same stories side by side. Options: see docs/performance.md, e.g.
#   scripts/benchmark.sh --stories 1000,10000 --jbake 1000 --fast-oven 1000 --runs 3
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench package -DskipTests
exec java -XX:+UseParallelGC -Xmx2g \
  -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  vn.quangngai.dvk.bench.Benchmark "$@"
