/** The registry of agencies, districts and fields, read from data/ with Jackson and cross-checked. */
package vn.quangngai.dvk.data;
