/** Taxonomies (agency, district, field): terms and their ordered entries. */
package vn.quangngai.dvk.taxonomy;
