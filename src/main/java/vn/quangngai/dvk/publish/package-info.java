/** Writing the output folder: files with their .gz twins, the marker, one build at a time, the swap with rollback and recovery. */
package vn.quangngai.dvk.publish;
