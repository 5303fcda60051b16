/** A fast, general JBake oven: an in-memory content store, linear prev/next, the same bake steps without OrientDB. */
package vn.quangngai.dvk.oven;
