/** A build from source folder to published output: read, validate, bake, check, swap. */
package vn.quangngai.dvk.build;
