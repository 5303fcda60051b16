/** Photos made safe and small at build time: read, turned upright, stripped of metadata, resized, cached. */
package vn.quangngai.dvk.image;
