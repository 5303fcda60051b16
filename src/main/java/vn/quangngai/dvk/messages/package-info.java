/** The words of the site's pages that are not content (templates/messages.properties), read and checked. */
package vn.quangngai.dvk.messages;
