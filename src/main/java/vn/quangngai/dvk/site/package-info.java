/** The whole site as data: registry, stories, pages, taxonomies and the plan of every output page. */
package vn.quangngai.dvk.site;
