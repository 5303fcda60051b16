package vn.quangngai.dvk.deploy;

/** deploy/nginx.conf changed as docs/deploy.md says for a site at the root of its own host name. */
class NginxRootTest extends NginxServedSite {

    @Override
    String sitePrefix() {
        return "/";
    }
}
