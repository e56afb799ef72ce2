package org.labelbench.imaging;

/**
 * An image cannot be decoded. The message is the reason in words a user understands (it does not name the file; the
 * caller knows which item it is): "truncated: ...", "JPEG-LS is not supported", "too large: ...".
 */
public class ImageDecodeException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImageDecodeException(String reason) {
		super(reason);
	}

	public ImageDecodeException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
