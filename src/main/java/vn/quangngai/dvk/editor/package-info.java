/** The browser editor of the preview server (/bien-tap/): list, form, checks, preview, saving, photos. */
package vn.quangngai.dvk.editor;
