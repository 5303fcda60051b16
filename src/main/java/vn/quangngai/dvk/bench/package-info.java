/** The benchmark command: synthetic sites of N stories, built cold, warm and by stock JBake, measured. */
package vn.quangngai.dvk.bench;
