/** The only package that knows JBake and Freemarker: turns pages into JBake documents and renders them with their templates. */
package vn.quangngai.dvk.jbake;
