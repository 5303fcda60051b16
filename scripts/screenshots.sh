#!/usr/bin/env bash
# Writes PNG screenshots of the main pages at 360 px and 1280 px wide into target/screenshots/,
# using Debian's chromium (apt-get install chromium). Builds the site first.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "chromium is not installed: apt-get install chromium" >&2; exit 1; }
[ -f target/dan-van-kheo.jar ] || ./mvnw -q package -DskipTests
java -jar target/dan-van-kheo.jar build --out target/site
out=target/screenshots
mkdir -p "$out"
pages=("" "mo-hinh/4-xin-4-luon/" "mo-hinh/ho-so-tau-ca-qua-dien-thoai/" "co-quan/" "co-quan/so-tu-phap/" "dia-ban/" "dia-ban/ba-to/" "linh-vuc/van-hoa-cong-so/" "gioi-thieu/" "404.html")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in "${pages[@]}"; do
  name=$(echo "${page:-home}" | tr '/' '_' | sed 's/_$//; s/\.html$//')
  for width in 360 1280; do
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$profile" --hide-scrollbars --window-size="$width,2400" \
      --screenshot="$out/$name-$width.png" "file://$PWD/target/site/${page}$( [[ -z "$page" || "$page" == */ ]] && echo index.html)" \
      >/dev/null 2>&1
  done
  echo "$out/$name-{360,1280}.png"
done
