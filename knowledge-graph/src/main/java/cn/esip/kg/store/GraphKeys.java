package cn.esip.kg.store;

/** Keys of graph nodes: a provision code is shared by all versions of a law, so its node key adds the version date. */
public final class GraphKeys {

    private GraphKeys() {
    }

    /** Key of the node of provision {@code code} in version {@code versionId} ({@code code@date}). */
    public static String provisionKey(String code, String versionId) {
        int at = versionId.indexOf('@');
        return code + (at < 0 ? "@undated" : versionId.substring(at));
    }

    /** True when {@code code} names a provision or structural unit rather than a whole law. */
    public static boolean isProvisionCode(String code) {
        return code.indexOf('/') > 0;
    }
}
