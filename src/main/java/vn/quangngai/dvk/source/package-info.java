/** Reading source files safely: strict UTF-8, BOM, line endings, NFC, and YAML with line numbers. */
package vn.quangngai.dvk.source;
