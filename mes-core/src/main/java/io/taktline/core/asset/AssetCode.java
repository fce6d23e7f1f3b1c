package io.taktline.core.asset;

import io.taktline.core.document.TextLimits;
import java.util.regex.Pattern;

/** The rule for asset codes, shared by the domain and the database's check constraint. */
final class AssetCode {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private AssetCode() {}

    static String check(String code) {
        if (code != null && code.length() > TextLimits.CODE) {
            throw new IllegalArgumentException("asset code '" + code.substring(0, 20) + "…' has " + code.length()
                    + " characters; keep it to " + TextLimits.CODE);
        }
        if (code == null || !VALID.matcher(code).matches()) {
            throw new IllegalArgumentException("asset code '" + code
                    + "' is not valid; use letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        return code;
    }
}
