package org.labelbench.imaging;

import java.io.IOException;

import org.labelbench.imaging.internal.ImageDecoderImpl;

/**
 * Turns image files into facts and pixels: JPEG (with its EXIF orientation), PNG, BMP, TIFF (8 and 16 bits,
 * palette, CMYK) and DICOM (uncompressed, deflated, RLE, JPEG baseline, JPEG lossless, JPEG 2000). The format is
 * recognised by content: a DICOM file is one with the DICM preamble whatever its name (or a .dcm/.dicom file
 * without preamble). Images above the pixel limit are refused from their header, before any pixel is allocated.
 * Thread-safe. Registered as an OSGi service; {@link #create(long)} makes one for plain Java use.
 */
public interface ImageDecoder {

	/** the pixel limit when none is configured: 100 megapixels, all frames together */
	long DEFAULT_PIXEL_LIMIT = 100_000_000L;

	/** the system property that sets the pixel limit of the service */
	String PIXEL_LIMIT_PROPERTY = "labelbench.imaging.maxPixels";

	/**
	 * Reads the header only.
	 *
	 * @throws ImageDecodeException when the content is no supported image, or its header is broken
	 * @throws IOException when the source cannot be opened or read
	 */
	ImageFacts facts(ImageSource source) throws IOException, ImageDecodeException;

	/**
	 * Decodes the image with all its frames.
	 *
	 * @throws ImageDecodeException with the reason: truncated or corrupt data, an unsupported encoding (JPEG-LS,
	 *         12-bit JPEG), more pixels than the limit
	 * @throws IOException when the source cannot be opened or read
	 */
	DecodedImage decode(ImageSource source) throws IOException, ImageDecodeException;

	/**
	 * Decodes the image for display at most {@code maxWidth x maxHeight}: formats that can skip pixels while decoding
	 * (JPEG, PNG, BMP, TIFF) read every n-th pixel of every n-th row, n as large as still leaves at least the size
	 * asked for, which makes a 12-megapixel photo several times faster to show. The frames may therefore be smaller
	 * than the facts' width and height by that factor, unlike {@link #decode(ImageSource)}: use them for pictures,
	 * and the facts for the coordinates of shapes. DICOM is decoded whole.
	 *
	 * @throws ImageDecodeException as {@link #decode(ImageSource)}
	 * @throws IOException when the source cannot be opened or read
	 */
	DecodedImage decode(ImageSource source, int maxWidth, int maxHeight) throws IOException, ImageDecodeException;

	/**
	 * Decodes every frame to check that the image can be shown, keeping as little in memory as it can: large photos
	 * are decoded into a reduced raster.
	 *
	 * @throws ImageDecodeException as {@link #decode(ImageSource)}
	 * @throws IOException when the source cannot be opened or read
	 */
	ImageFacts verify(ImageSource source) throws IOException, ImageDecodeException;

	/** @return the most pixels (width x height x frames) an image may have */
	long pixelLimit();

	/** @return a decoder with the given pixel limit, for use outside OSGi services */
	static ImageDecoder create(long pixelLimit) {
		return new ImageDecoderImpl(pixelLimit);
	}
}
