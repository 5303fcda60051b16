/** Publishing into an output folder the tool owns: the marker, one build at a time, the swap with rollback and recovery. */
package vn.quangngai.dvk.publish;
