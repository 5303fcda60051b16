/** The site's pages as records, without JBake: URLs, titles, breadcrumbs, structured data, pagination and the views templates read. */
package vn.quangngai.dvk.pages;
