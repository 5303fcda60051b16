package vn.quangngai.dvk.deploy;

/** deploy/nginx.conf as shipped: the site under /dan-van-kheo/ on the department's server. */
class NginxSubPathTest extends NginxServedSite {

    @Override
    String sitePrefix() {
        return Nginx.EXAMPLE_PREFIX;
    }
}
