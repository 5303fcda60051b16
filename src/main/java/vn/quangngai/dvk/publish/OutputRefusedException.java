package vn.quangngai.dvk.publish;

/**
 * A build will not write into, move or delete a folder: it is not the tool's, holds the source, or
 * another build is writing there. Nothing was changed; the message names the folder and says why.
 */
public final class OutputRefusedException extends IllegalArgumentException {

    public OutputRefusedException(String message) {
        super(message);
    }
}
