/** The JSON files the site publishes, written one way. */
package vn.quangngai.dvk.json;
