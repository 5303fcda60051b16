/** What a warm build reuses from the last one (files read, Markdown, page models, published pages), under one switch: {@link vn.quangngai.dvk.incremental.Incremental}. */
package vn.quangngai.dvk.incremental;
