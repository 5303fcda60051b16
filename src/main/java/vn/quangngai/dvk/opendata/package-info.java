/** Open data: every story as JSON and CSV for other programs (/du-lieu/mo-hinh.json, .csv). */
package vn.quangngai.dvk.opendata;
