/** Problems found in the input, each naming file, line, field and what is valid. */
package vn.quangngai.dvk.problem;
