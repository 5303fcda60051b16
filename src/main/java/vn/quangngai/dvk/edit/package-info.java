/** The editor's core, without HTTP: a story as its form holds it, its one canonical text, safe saving, clean pasting. */
package vn.quangngai.dvk.edit;
