#!/usr/bin/env bash
# The citizens' budgets (/work/shared/DESIGN.md §7, README "Pages"), measured on the built site:
#   1. every HTML page's compressed size as a server sends it (its .gz twin), alone and with the
#      stylesheets, scripts and images (at their src) it links; over 50 KB is over budget;
#   2. no HTML, CSS or JS file makes a request to a host other than the site's own (BASE_URL, by default
#      https://example.invalid/, the base URL the site is built with here); schema.org and
#      www.w3.org are allowed: vocabulary and namespace names, never fetched;
#   3. with Lighthouse (from the npm registry, kept in target/lighthouse; needs node, npm and
#      chromium), mobile performance and accessibility of the home page, a story and a list, served
#      by the preview server, median of LIGHTHOUSE_RUNS runs (3): targets 0.95 and 1.0. Lighthouse's
#      CPU model is unreliable on a busy machine: its "machine benchmark" is printed with the scores.
#      --no-lighthouse leaves this out.
# Prints every number; exits 1 if any budget is over.
set -euo pipefail
cd "$(dirname "$0")/.."

lighthouse=yes
[ "${1:-}" = "--no-lighthouse" ] && lighthouse=no
budget=$((50 * 1024))
image_budget=$((250 * 1024))
site=target/site
over=0
# the public address the pages name; build refuses to publish without one
base=${DVK_BASE_URL:-https://example.gov.vn/dan-van-kheo/}

./mvnw -B -q package -DskipTests
java -jar target/dan-van-kheo.jar build --out "$site" --base-url "$base"

# gz size of a site file given by a link on a page: relative to the page, or from the site root
linked_size() {
  local page_dir=$1 ref=$2 file
  ref=${ref%%[?#]*}
  if [[ $ref == /* ]]; then file="$site$ref"; else file="$page_dir/$ref"; fi
  if [ -f "$file.gz" ]; then stat -c %s "$file.gz"; elif [ -f "$file" ]; then stat -c %s "$file"; else echo 0; fi
}

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

echo "== Compressed size of every HTML page (gzip, as served): budget 50 KB with its CSS and JS,"
echo "   250 KB with its images too (an image counts at its src, the 800 px variant; PhotoBudgetTest"
echo "   measures in Chromium what a phone picks)"
printf '%10s %10s %10s  %s\n' "HTML" "+CSS/JS" "+images" "page"
pages=0 largest=0 largest_page=""
while IFS= read -r page; do
  html=$(stat -c %s "$page.gz")
  total=$html
  while IFS= read -r ref; do
    [ -n "$ref" ] && total=$((total + $(linked_size "$(dirname "$page")" "$ref")))
  done < <(grep -oE '<link rel="stylesheet" href="[^"]+"|<script [^>]*src="[^"]+"' "$page" | grep -oE '(href|src)="[^"]+"' | cut -d'"' -f2)
  pictured=$total
  while IFS= read -r ref; do
    [ -n "$ref" ] && pictured=$((pictured + $(linked_size "$(dirname "$page")" "$ref")))
  done < <(grep -oE '<img [^>]*>' "$page" | grep -oE ' src="[^"]+"' | cut -d'"' -f2)
  flag=""
  if [ "$total" -gt "$budget" ] || [ "$pictured" -gt "$image_budget" ]; then flag="  OVER BUDGET"; over=1; fi
  printf '%10s %10s %10s  %s%s\n' "$(kb "$html")" "$(kb "$total")" "$(kb "$pictured")" "${page#"$site"/}" "$flag"
  pages=$((pages + 1))
  if [ "$total" -gt "$largest" ]; then largest=$total; largest_page=${page#"$site"/}; fi
done < <(find "$site" -name '*.html' | sort)
echo "$pages pages; the largest with its CSS/JS: $(kb "$largest") ($largest_page)"
echo

echo "== Requests to other hosts from HTML, CSS and JS"
own=$(printf '%s\n' "$base" | sed -E 's#^[a-z]+://##; s#/.*##')
host_of='(https?:)?//[A-Za-z0-9.-]+(:[0-9]+)?'
# "file host" for every reference a browser fetches by itself: src and srcset of any element, and
# <link> of rel stylesheet, icon, manifest, preload; in CSS and JS, any absolute or
# protocol-relative address. Links people follow (<a href>, rel=canonical, rel=alternate) are
# not requests: the pages link the public sources they cite, on other hosts, on purpose.
others=$( {
  find "$site" -name '*.html' -print0 | while IFS= read -r -d '' page; do
    grep -oE '<(img|script|source|iframe|embed|video|audio|object|link)[^>]*>' "$page" \
      | awk '!/^<link/ || /rel="(stylesheet|icon|apple-touch-icon|manifest|preload|modulepreload)"/' \
      | grep -oE "(src|srcset|href|data)=[\"'][^\"']*" | grep -oE "$host_of" | sed "s#^#$page #" || true
  done
  find "$site" \( -name '*.css' -o -name '*.js' \) -print0 \
    | xargs -0 grep -oE "(https?:|=\"|=')//[A-Za-z0-9.-]+(:[0-9]+)?|url\([\"']?//[A-Za-z0-9.-]+" /dev/null || true
} | sed -E 's#^([^: ]+)[: ].*//#\1 #' | grep -vE " (${own//./\\.}|schema\.org|www\.w3\.org)$" | sort -u || true)
if [ -n "$others" ]; then
  echo "$others"
  echo "OVER BUDGET: the files above make requests to other hosts"
  over=1
else
  echo "none (own host $own; allowed names schema.org, www.w3.org)"
fi
echo

if [ "$lighthouse" = yes ]; then
  echo "== Lighthouse, mobile (simulated slow 4G, 4x slower CPU)"
  lh=target/lighthouse/node_modules/.bin/lighthouse
  chrome=${CHROME_PATH:-/usr/bin/chromium}
  if [ ! -x "$lh" ] && command -v npm >/dev/null; then
    npm install --prefix target/lighthouse --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null || true
  fi
  if [ ! -x "$lh" ] || [ ! -x "$chrome" ] || ! command -v node >/dev/null; then
    echo "skipped: needs node, npm (npm install lighthouse) and chromium at $chrome"
  else
    port=${BUDGETS_PORT:-8831}
    mkdir -p target/budgets
    java -jar target/dan-van-kheo.jar serve --out target/site-lighthouse --port "$port" > target/budgets/serve.log 2>&1 &
    server=$!
    profile=$(mktemp -d)
    trap 'kill "$server" 2>/dev/null || true; rm -rf "$profile"' EXIT
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.2; done
    runs=${LIGHTHOUSE_RUNS:-3}
    for entry in "home:" "story:mo-hinh/ho-so-tau-ca-qua-dien-thoai/" "list:co-quan/so-tu-phap/"; do
      name=${entry%%:*} path=${entry#*:}
      for run in $(seq 1 "$runs"); do
        CHROME_PATH=$chrome "$lh" "http://127.0.0.1:$port/$path" --quiet --output=json \
          --output-path="target/budgets/lighthouse-$name-$run.json" --only-categories=performance,accessibility \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$profile/$name-$run"
      done
      # the run with the median performance score stands for the page (Lighthouse's own advice)
      node -e '
        const [name, ...files] = process.argv.slice(1);
        const runs = files.map(f => require(f)).sort((x, y) => x.categories.performance.score - y.categories.performance.score);
        const r = runs[Math.floor(runs.length / 2)], c = r.categories, a = r.audits;
        const ok = c.performance.score >= 0.95 && c.accessibility.score >= 1;
        console.log(`${name.padEnd(6)} performance ${c.performance.score.toFixed(2)}  accessibility ${c.accessibility.score.toFixed(2)}`
          + `  (median of ${runs.length}: FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue},`
          + ` TBT ${a["total-blocking-time"].displayValue}, CLS ${a["cumulative-layout-shift"].displayValue};`
          + ` all runs ${runs.map(x => x.categories.performance.score.toFixed(2)).join(" ")}; machine benchmark ${Math.round(r.environment.benchmarkIndex)})`
          + (ok ? "" : "  BELOW TARGET"));
        process.exit(ok ? 0 : 3);' "$name" $(for run in $(seq 1 "$runs"); do echo "$PWD/target/budgets/lighthouse-$name-$run.json"; done) || over=1
    done
  fi
fi

if [ "$over" -ne 0 ]; then echo "Some budget is over."; exit 1; fi
echo "All budgets met."
