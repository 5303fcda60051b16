/*
 * The relevance figure: runs assets/js/search.js — the code the site ships, not a copy — over a
 * built site's search index on disk, for every query of a test set (query, tab, the story that
 * must come first), and prints how many put that story first and in the top 3.
 *
 *   node src/test/js/relevance.js SITE_FOLDER [TEST_SET]   (default src/test/resources/search/relevance.tsv)
 *
 * Names of agencies, districts and fields are read from the search page's filter choices, as the
 * page's script reads them. Prints one line per miss, then "first result right N/M, right story in
 * top 3 K/M", and the bytes of index files a query fetched (raw, mean and largest).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const root = path.resolve(__dirname, "..", "..", "..");
const siteDir = process.argv[2];
const setFile = process.argv[3] || path.join(root, "src/test/resources/search/relevance.tsv");
if (!siteDir) {
  console.error("Cách dùng: node src/test/js/relevance.js THƯ_MỤC_TRANG_ĐÃ_XUẤT_BẢN [TẬP_TRUY_VẤN.tsv]");
  process.exit(2);
}
const searchDir = path.join(siteDir, "tim-kiem");
const page = fs.readFileSync(path.join(searchDir, "index.html"), "utf8");
const script = page.match(/<script src="[^"]*?(assets\/[^"]*search[^"]*\.js)"/);
const scriptPath = script ? path.join(siteDir, script[1]) : path.join(root, "assets/js/search.js");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(scriptPath, "utf8") + "\nthis.dvkSearch = dvkSearch;", context);
const dvk = context.dvkSearch;

const names = [];
for (const select of page.matchAll(/<select id="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
  for (const option of select[2].matchAll(/<option value="([^"]+)">([^<]*)<\/option>/g)) {
    names.push({ key: select[1], id: option[1], name: option[2].replace(/&amp;/g, "&") });
  }
}

function reader() {
  const fetched = new Map();
  return {
    fetched,
    load(file) {
      const where = path.join(searchDir, file);
      if (!fs.existsSync(where)) {
        return Promise.reject(new Error("404 " + file));
      }
      const bytes = fs.readFileSync(where);
      fetched.set(file, bytes.length);
      return Promise.resolve(JSON.parse(bytes.toString("utf8")));
    }
  };
}

/** Result story numbers for a query: search.js's own pipeline, or, before it had one, its rank over the words. */
async function results(text) {
  const r = reader();
  const manifest = await r.load("chi-muc.json");
  manifest.shardNames = new Set(manifest.shards);
  let numbers;
  if (dvk.find) {
    numbers = (await dvk.find(manifest, r.load, text, [], dvk.namesOf(names))).results;
  } else {
    const postings = await Promise.all(dvk.words(text).map(async (word) => {
      const name = dvk.shardOf(word, manifest.shardNames);
      if (name === null) {
        return null;
      }
      const shard = await r.load("tu/" + name + ".json");
      return Object.prototype.hasOwnProperty.call(shard, word) ? shard[word] : null;
    }));
    numbers = dvk.rank(postings, null);
  }
  const paths = [];
  for (const n of numbers.slice(0, 3)) {
    const hits = await r.load("ket-qua/" + Math.floor(n / manifest.hitsPerFile) + ".json");
    paths.push(hits[n % manifest.hitsPerFile].path);
  }
  return { paths, count: numbers.length, bytes: Array.from(r.fetched.values()).reduce((a, b) => a + b, 0) };
}

(async () => {
  const lines = fs.readFileSync(setFile, "utf8").split(/\r?\n/).filter((l) => l.trim() && !l.startsWith("#"));
  let first = 0;
  let top3 = 0;
  let bytes = 0;
  let most = 0;
  for (const line of lines) {
    const [query, slug] = line.split("\t");
    const want = "mo-hinh/" + slug.trim() + "/";
    const got = await results(query);
    bytes += got.bytes;
    most = Math.max(most, got.bytes);
    if (got.paths[0] === want) {
      first++;
    } else {
      console.log("trượt: “" + query + "” → " + (got.paths.length ? got.paths.join(", ") : "không có kết quả") + " (" + got.count + " kết quả; cần " + want + ")");
    }
    if (got.paths.includes(want)) {
      top3++;
    }
  }
  console.log("first result right " + first + "/" + lines.length + ", right story in top 3 " + top3 + "/" + lines.length);
  console.log("index bytes fetched per query: mean " + Math.round(bytes / lines.length) + ", largest " + most + " (raw, before gzip)");
})().catch((e) => {
  console.error("Lỗi: " + (e && e.stack || e));
  process.exit(1);
});
