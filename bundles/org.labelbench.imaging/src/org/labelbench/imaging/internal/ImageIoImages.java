package org.labelbench.imaging.internal;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageFacts;
import org.labelbench.imaging.ImageFormat;
import org.labelbench.imaging.ImageSource;

/**
 * JPEG, PNG, BMP and TIFF through the JDK's ImageIO readers (the JDK reads TIFF since Java 9). Only the JDK's own
 * readers are asked: other bundles may register readers for the same formats (JAI's TIFF reader comes with the
 * JPEG 2000 codec), and which one ImageIO offers first would then depend on the runtime.
 */
final class ImageIoImages {

	private static final Map<String, ImageFormat> FORMATS = Map.of("jpeg", ImageFormat.JPEG, "png", ImageFormat.PNG,
			"bmp", ImageFormat.BMP, "tif", ImageFormat.TIFF, "tiff", ImageFormat.TIFF);
	private static final String JDK_READERS = "com.sun.imageio.plugins.";

	/** An image open for reading: close it to release the reader and the stream. */
	record Opened(ImageReader reader, ImageInputStream stream, ImageFormat format, int orientation)
			implements AutoCloseable {

		@Override
		public void close() throws IOException {
			reader.dispose();
			stream.close();
		}
	}

	private ImageIoImages() {
	}

	/**
	 * @return the image open in the reader of its format, or empty when its content is none of the formats here
	 * @throws IOException when the source cannot be read
	 */
	static Optional<Opened> open(ImageSource source) throws IOException {
		ImageInputStream stream = source.file().isPresent() ? new FileImageInputStream(source.file().get().toFile())
				: new MemoryCacheImageInputStream(new BufferedInputStream(source.open()));
		try {
			for (ImageReaderSpi spi : jdkReaders()) {
				ImageFormat format = FORMATS.get(spi.getFormatNames()[0].toLowerCase(Locale.ROOT));
				if (format != null && spi.canDecodeInput(stream)) {
					ImageReader reader = spi.createReaderInstance();
					int orientation = format == ImageFormat.JPEG ? ExifOrientation.read(stream) : 1;
					stream.seek(0);
					reader.setInput(stream, true, true);
					return Optional.of(new Opened(reader, stream, format, orientation));
				}
			}
		} catch (IOException | RuntimeException e) {
			stream.close();
			throw e;
		}
		stream.close();
		return Optional.empty();
	}

	/** @return the name of a format ImageIO knows but Labelbench does not read (GIF, WBMP), if the content is one */
	static Optional<String> otherFormat(ImageSource source) throws IOException {
		try (ImageInputStream stream = new MemoryCacheImageInputStream(new BufferedInputStream(source.open()))) {
			for (ImageReaderSpi spi : jdkReaders()) {
				String name = spi.getFormatNames()[0].toUpperCase(Locale.ROOT);
				// WBMP's signature matches many byte sequences: not a useful guess
				if (!"WBMP".equals(name) && spi.canDecodeInput(stream)) {
					return Optional.of(name);
				}
			}
			return Optional.empty();
		}
	}

	/** @return the JDK's own readers: their content checks are quiet and their choice does not depend on the runtime */
	private static List<ImageReaderSpi> jdkReaders() {
		List<ImageReaderSpi> readers = new ArrayList<>();
		IIORegistry.getDefaultInstance()
				.getServiceProviders(ImageReaderSpi.class, spi -> spi.getClass().getName().startsWith(JDK_READERS), true)
				.forEachRemaining(readers::add);
		return readers;
	}

	/** @return what the header says; reads no pixel data */
	static ImageFacts facts(Opened image) throws ImageDecodeException {
		try {
			ImageReader reader = image.reader();
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			ImageTypeSpecifier type = reader.getRawImageType(0);
			if (type == null) {
				Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
				type = types.hasNext() ? types.next() : null;
			}
			int bits = type == null ? 8 : type.getSampleModel().getSampleSize(0);
			ColorModel model = type == null ? null : type.getColorModel();
			int samples = model == null || model instanceof IndexColorModel || model.getNumColorComponents() > 1 ? 3 : 1;
			boolean turned = ExifOrientation.transposes(image.orientation());
			return new ImageFacts(image.format(), turned ? height : width, turned ? width : height,
					model instanceof IndexColorModel ? 8 : bits, samples, 1, List.of(), Map.of());
		} catch (IOException | RuntimeException e) {
			throw broken(image.format(), e);
		}
	}

	/**
	 * Decodes the first image of the file.
	 *
	 * @param subsampling 1 for every pixel; n reads every n-th pixel of every n-th row (the whole file is still
	 *        decoded, so damage anywhere is found)
	 */
	static DecodedImage decode(Opened image, ImageFacts facts, int subsampling) throws ImageDecodeException {
		List<String> warnings = new ArrayList<>();
		ImageReader reader = image.reader();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		Raster raster;
		try {
			ImageReadParam param = reader.getDefaultReadParam();
			if (subsampling > 1) {
				param.setSourceSubsampling(subsampling, subsampling, 0, 0);
			}
			BufferedImage decoded = reader.read(0, param);
			raster = Rasters.normalize(decoded);
		} catch (IOException | RuntimeException e) {
			throw broken(image.format(), e);
		}
		for (String warning : warnings) {
			String lower = warning.toLowerCase(Locale.ROOT);
			if (lower.contains("premature end")) {
				throw new ImageDecodeException("truncated: the " + image.format().label() + " data ends early ("
						+ warning + ")");
			}
			if (lower.contains("corrupt")) {
				throw new ImageDecodeException("corrupt " + image.format().label() + " data: " + warning);
			}
		}
		Raster shown = ExifOrientation.apply(raster, image.orientation());
		return new DecodedImage(facts, frame -> shown, 1, 0, false);
	}

	static ImageDecodeException broken(ImageFormat format, Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof EOFException) {
				return new ImageDecodeException("truncated: the " + format.label() + " data ends early", e);
			}
		}
		return new ImageDecodeException("corrupt " + format.label() + " data: " + describe(e), e);
	}

	static String describe(Throwable e) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage() == null || t instanceof IIOException && t.getCause() != null
					&& t.getMessage().equals(t.getCause().toString()) ? null : t.getMessage();
			if (message != null && text.indexOf(message) < 0) {
				text.append(text.length() == 0 ? "" : ": ").append(message);
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
	}
}
