/** Our jar as a JBake plugin: stock oven, JBake's launcher, a host site that does not use it. */
package vn.quangngai.dvk.plugin;
