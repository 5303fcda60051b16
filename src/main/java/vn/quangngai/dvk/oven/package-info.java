/** JBake's content store held in memory, without OrientDB; the build's store extends it (the lab's FastOven, in the test sources, bakes on it too). */
package vn.quangngai.dvk.oven;
