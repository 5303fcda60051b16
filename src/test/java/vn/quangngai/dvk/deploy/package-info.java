/** The shipped web-server configuration (deploy/nginx.conf), tested with a real nginx. */
package vn.quangngai.dvk.deploy;
