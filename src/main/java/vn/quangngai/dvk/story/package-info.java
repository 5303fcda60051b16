/** Stories (one per exemplary model): YAML front matter read into typed records. */
package vn.quangngai.dvk.story;
