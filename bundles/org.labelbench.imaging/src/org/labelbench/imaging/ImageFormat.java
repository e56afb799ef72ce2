package org.labelbench.imaging;

/** The image formats Labelbench reads. Which one a file has is decided by its content, not by its name. */
public enum ImageFormat {

	JPEG("JPEG"), PNG("PNG"), BMP("BMP"), TIFF("TIFF"), DICOM("DICOM");

	private final String label;

	ImageFormat(String label) {
		this.label = label;
	}

	/** @return the name people know the format by */
	public String label() {
		return label;
	}
}
