/** The local preview server. */
package vn.quangngai.dvk.serve;
