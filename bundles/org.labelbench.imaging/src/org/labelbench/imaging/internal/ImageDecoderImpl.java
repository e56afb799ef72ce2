package org.labelbench.imaging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageFacts;
import org.labelbench.imaging.ImageSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Recognises a file's format by its content and hands it to ImageIO or PixelMed. The pixel limit comes from the
 * component property {@code maxPixels}, else the system property {@value ImageDecoder#PIXEL_LIMIT_PROPERTY}.
 */
@Component(service = ImageDecoder.class, configurationPid = "org.labelbench.imaging")
public final class ImageDecoderImpl implements ImageDecoder {

	/** the most pixels {@link #verify} decodes at once; larger photos are subsampled while decoded */
	private static final long VERIFY_PIXELS = 4_000_000L;
	private static final int DICOM_PREAMBLE = 128;

	private final long pixelLimit;

	@Activate
	public ImageDecoderImpl(Map<String, Object> properties) {
		this(limit(properties.get("maxPixels")));
	}

	public ImageDecoderImpl(long pixelLimit) {
		if (pixelLimit < 1) {
			throw new IllegalArgumentException("the pixel limit must be positive, not " + pixelLimit);
		}
		this.pixelLimit = pixelLimit;
	}

	private static long limit(Object configured) {
		Object value = configured != null ? configured : System.getProperty(PIXEL_LIMIT_PROPERTY);
		return value == null ? DEFAULT_PIXEL_LIMIT : Long.parseLong(value.toString().trim().replace("_", ""));
	}

	@Override
	public long pixelLimit() {
		return pixelLimit;
	}

	@Override
	public ImageFacts facts(ImageSource source) throws IOException, ImageDecodeException {
		Optional<ImageIoImages.Opened> opened = imageIo(source);
		if (opened.isPresent()) {
			try (ImageIoImages.Opened image = opened.get()) {
				return checked(ImageIoImages.facts(image));
			}
		}
		return checked(DicomImages.facts(DicomImages.header(source)));
	}

	@Override
	public DecodedImage decode(ImageSource source) throws IOException, ImageDecodeException {
		Optional<ImageIoImages.Opened> opened = imageIo(source);
		if (opened.isPresent()) {
			try (ImageIoImages.Opened image = opened.get()) {
				return ImageIoImages.decode(image, checked(ImageIoImages.facts(image)), 1);
			}
		}
		return DicomImages.decode(source, checked(DicomImages.facts(DicomImages.header(source))));
	}

	@Override
	public DecodedImage decode(ImageSource source, int maxWidth, int maxHeight) throws IOException,
			ImageDecodeException {
		if (maxWidth < 1 || maxHeight < 1) {
			throw new IllegalArgumentException("a picture needs at least 1x1 pixels, not " + maxWidth + "x" + maxHeight);
		}
		Optional<ImageIoImages.Opened> opened = imageIo(source);
		if (opened.isPresent()) {
			try (ImageIoImages.Opened image = opened.get()) {
				ImageFacts facts = checked(ImageIoImages.facts(image));
				// the picture fits the box at the scale of the side that needs the most reduction
				int subsampling = Math.max(facts.width() / maxWidth, facts.height() / maxHeight);
				return ImageIoImages.decode(image, facts, Math.max(1, subsampling));
			}
		}
		return DicomImages.decode(source, checked(DicomImages.facts(DicomImages.header(source))));
	}

	@Override
	public ImageFacts verify(ImageSource source) throws IOException, ImageDecodeException {
		Optional<ImageIoImages.Opened> opened = imageIo(source);
		if (opened.isPresent()) {
			try (ImageIoImages.Opened image = opened.get()) {
				ImageFacts facts = checked(ImageIoImages.facts(image));
				int subsampling = (int) Math.ceil(Math.sqrt((double) facts.pixels() / VERIFY_PIXELS));
				ImageIoImages.decode(image, facts, Math.max(1, subsampling));
				return facts;
			}
		}
		ImageFacts facts = checked(DicomImages.facts(DicomImages.header(source)));
		DicomImages.verify(source, facts);
		return facts;
	}

	/**
	 * @return the image open in its ImageIO reader, or empty for a DICOM file
	 * @throws ImageDecodeException when the content is neither
	 */
	private static Optional<ImageIoImages.Opened> imageIo(ImageSource source) throws IOException,
			ImageDecodeException {
		if (isDicom(source)) {
			return Optional.empty();
		}
		Optional<ImageIoImages.Opened> opened = ImageIoImages.open(source);
		if (opened.isEmpty()) {
			requireDicomName(source);
		}
		return opened;
	}

	/** @return the facts, if the image is within the pixel limit */
	private ImageFacts checked(ImageFacts facts) throws ImageDecodeException {
		if (facts.pixels() > pixelLimit) {
			throw new ImageDecodeException(String.format(Locale.ROOT,
					"too large: %dx%d pixels%s is more than the limit of %,d pixels", facts.width(), facts.height(),
					facts.frames() > 1 ? " x " + facts.frames() + " frames" : "", pixelLimit));
		}
		return facts;
	}

	/** @return whether the content starts with the DICOM preamble and "DICM", whatever the name */
	private static boolean isDicom(ImageSource source) throws IOException, ImageDecodeException {
		byte[] head;
		try (InputStream in = source.open()) {
			head = in.readNBytes(DICOM_PREAMBLE + 4);
		}
		if (head.length == 0) {
			throw new ImageDecodeException("empty file");
		}
		return head.length == DICOM_PREAMBLE + 4 && head[DICOM_PREAMBLE] == 'D' && head[DICOM_PREAMBLE + 1] == 'I'
				&& head[DICOM_PREAMBLE + 2] == 'C' && head[DICOM_PREAMBLE + 3] == 'M';
	}

	/**
	 * Files without the DICOM preamble are taken for DICOM by their name only.
	 *
	 * @throws ImageDecodeException saying what the content is not, unless the name says DICOM
	 */
	private static void requireDicomName(ImageSource source) throws IOException, ImageDecodeException {
		String name = source.name().toLowerCase(Locale.ROOT);
		if (name.endsWith(".dcm") || name.endsWith(".dicom")) {
			return;
		}
		Optional<String> other = ImageIoImages.otherFormat(source);
		throw new ImageDecodeException(other.isPresent() ? "a " + other.get()
				+ " image, which Labelbench does not read (JPEG, PNG, BMP, TIFF and DICOM it does)"
				: "not an image: the content is none of JPEG, PNG, BMP, TIFF or DICOM");
	}
}
