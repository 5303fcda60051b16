/** Pure pagination of a term's entries into pages. */
package vn.quangngai.dvk.paging;
