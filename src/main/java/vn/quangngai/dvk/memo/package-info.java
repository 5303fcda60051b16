/** What a warm process (the preview server) keeps from one build to the next, by the inputs it was made of. */
package vn.quangngai.dvk.memo;
