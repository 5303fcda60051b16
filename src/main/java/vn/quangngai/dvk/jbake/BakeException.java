package vn.quangngai.dvk.jbake;

import java.util.List;

/** JBake could not write the site: a template error, an unwritable folder, an asset that failed to copy. */
public final class BakeException extends RuntimeException {

    private final transient List<String> errors;

    public BakeException(List<String> errors) {
        super("Không tạo được trang (" + errors.size() + " lỗi):\n" + String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
