/** Sharing: the 1200×630 card every page shows when shared, the crop of a photo to that shape, the site's icons. */
package vn.quangngai.dvk.share;
