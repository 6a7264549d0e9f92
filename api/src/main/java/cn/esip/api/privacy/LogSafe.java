package cn.esip.api.privacy;

/** Reduces what may carry personal data to a form that logs and the audit trail may keep. */
public final class LogSafe {

    private LogSafe() {
    }

    /** A path as logs may keep it: runs of four or more digits and of non-ASCII text replaced, at most 120 characters. */
    public static String path(String path) {
        if (path == null) {
            return "";
        }
        String reduced = path.replaceAll("%[0-9A-Fa-f]{2}", "~").replaceAll("[^\\x21-\\x7e]+", "~")
                .replaceAll("[0-9]{4,}", "{n}").replaceAll("~+", "{text}");
        return (reduced.length() > 120 ? reduced.substring(0, 120) + "…" : reduced);
    }
}
