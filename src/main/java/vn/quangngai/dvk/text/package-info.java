/** Vietnamese text rules: NFC, slugs, search folding, collation and administrative dates. */
package vn.quangngai.dvk.text;
