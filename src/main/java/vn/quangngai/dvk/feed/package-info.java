/** Feeds for other programs: JSON Feed 1.1 of the site and of each term, made from plain records. */
package vn.quangngai.dvk.feed;
