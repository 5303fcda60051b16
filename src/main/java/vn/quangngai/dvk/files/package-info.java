/** Whole folders on disk: deleting one, rewriting files in place, keeping only a build's files. */
package vn.quangngai.dvk.files;
