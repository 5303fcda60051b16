/** Markdown to HTML and to search words, with Flexmark configured behind one class. */
package vn.quangngai.dvk.markdown;
