#!/usr/bin/env bash
# Writes full-page PNG screenshots of one page of each type at 360 px and 1280 px wide into
# target/screenshots/ (the pages and widths of the browser tests), through Debian's chromium and
# chromium-driver (apt-get install chromium chromium-driver). Builds the site first.
set -euo pipefail
cd "$(dirname "$0")/.."
for program in "${CHROME_PATH:-/usr/bin/chromium}" "${CHROMEDRIVER_PATH:-/usr/bin/chromedriver}"; do
  [ -x "$program" ] || { echo "$program is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done
./mvnw -q package -DskipTests
./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -jar target/dan-van-kheo.jar build --out target/site --base-url https://example.gov.vn/dan-van-kheo/
rm -rf target/screenshots
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  vn.quangngai.dvk.browser.Screenshots target/site target/screenshots
