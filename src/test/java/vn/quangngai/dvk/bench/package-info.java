/** The benchmark (lab code, test sources only): synthetic sites of N stories, built cold, warm and by stock JBake, measured; run by scripts/benchmark.sh. */
package vn.quangngai.dvk.bench;
