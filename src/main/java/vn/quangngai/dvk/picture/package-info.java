/** Pictures made at build time as static SVG: the district tile map and simple bar charts. */
package vn.quangngai.dvk.picture;
