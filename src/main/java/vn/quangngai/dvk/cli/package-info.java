/** The command line: build, serve. */
package vn.quangngai.dvk.cli;
