/** Search index: every story's folded words, laid out as small JSON files so a query fetches only what it needs. */
package vn.quangngai.dvk.search;
