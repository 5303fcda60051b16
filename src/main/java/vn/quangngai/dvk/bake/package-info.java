/** Thin adapters that let JBake bake the site: content store, crawler, rendering tools, model extractor. */
package vn.quangngai.dvk.bake;
