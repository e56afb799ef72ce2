package org.labelbench.imaging.internal;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageFacts;
import org.labelbench.imaging.ImageFormat;
import org.labelbench.imaging.ImageSource;
import org.labelbench.imaging.Window;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SOPClassDescriptions;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.display.SourceImage;

/**
 * DICOM through PixelMed. The header (everything before Pixel Data) is read first: facts, the transfer syntax check and
 * the pixel limit need no pixel data. Decoding then reads the whole file; PixelMed decompresses while reading.
 */
final class DicomImages {

	/** the attributes shown in an info panel, by keyword */
	private static final Map<String, AttributeTag> KEY_TAGS = keyTags();

	private DicomImages() {
	}

	private static Map<String, AttributeTag> keyTags() {
		Map<String, AttributeTag> tags = new LinkedHashMap<>();
		tags.put("Modality", TagFromName.Modality);
		tags.put("Rows", TagFromName.Rows);
		tags.put("Columns", TagFromName.Columns);
		tags.put("NumberOfFrames", TagFromName.NumberOfFrames);
		tags.put("PatientID", TagFromName.PatientID);
		tags.put("PatientName", TagFromName.PatientName);
		tags.put("StudyID", TagFromName.StudyID);
		tags.put("StudyInstanceUID", TagFromName.StudyInstanceUID);
		tags.put("StudyDate", TagFromName.StudyDate);
		tags.put("StudyDescription", TagFromName.StudyDescription);
		tags.put("SeriesInstanceUID", TagFromName.SeriesInstanceUID);
		tags.put("SeriesNumber", TagFromName.SeriesNumber);
		tags.put("SeriesDescription", TagFromName.SeriesDescription);
		tags.put("InstanceNumber", TagFromName.InstanceNumber);
		tags.put("SOPClassUID", TagFromName.SOPClassUID);
		tags.put("SOPInstanceUID", TagFromName.SOPInstanceUID);
		tags.put("Manufacturer", TagFromName.Manufacturer);
		tags.put("BodyPartExamined", TagFromName.BodyPartExamined);
		tags.put("PhotometricInterpretation", TagFromName.PhotometricInterpretation);
		tags.put("SamplesPerPixel", TagFromName.SamplesPerPixel);
		tags.put("BitsAllocated", TagFromName.BitsAllocated);
		tags.put("BitsStored", TagFromName.BitsStored);
		tags.put("PixelRepresentation", TagFromName.PixelRepresentation);
		tags.put("PixelSpacing", TagFromName.PixelSpacing);
		tags.put("SliceThickness", TagFromName.SliceThickness);
		tags.put("RescaleSlope", TagFromName.RescaleSlope);
		tags.put("RescaleIntercept", TagFromName.RescaleIntercept);
		tags.put("WindowCenter", TagFromName.WindowCenter);
		tags.put("WindowWidth", TagFromName.WindowWidth);
		tags.put("TransferSyntaxUID", TagFromName.TransferSyntaxUID);
		return tags;
	}

	/** @return the attributes before Pixel Data */
	static AttributeList header(ImageSource source) throws IOException, ImageDecodeException {
		AttributeList header = new AttributeList();
		read(source, header, TagFromName.PixelData);
		return header;
	}

	/** @return the facts of a file's header, after checking that its pixels can be decoded here */
	static ImageFacts facts(AttributeList header) throws ImageDecodeException {
		int rows = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Rows, 0);
		int columns = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Columns, 0);
		if (rows <= 0 || columns <= 0) {
			String sopClass = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SOPClassUID);
			String what = sopClass.isEmpty() ? "object" : SOPClassDescriptions.getDescriptionFromUID(sopClass);
			throw new ImageDecodeException("not an image: a DICOM " + (what == null || what.isEmpty() ? sopClass : what)
					+ " without rows and columns");
		}
		TransferSyntaxes.check(header);
		int frames = Math.max(1, Attribute.getSingleIntegerValueOrDefault(header, TagFromName.NumberOfFrames, 1));
		String photometric = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.PhotometricInterpretation)
				.trim();
		int samples = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.SamplesPerPixel, 1);
		boolean colour = samples > 1 || photometric.startsWith("PALETTE");
		int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.BitsAllocated, 16);
		int bitsStored = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.BitsStored, bitsAllocated);
		return new ImageFacts(ImageFormat.DICOM, columns, rows, bitsStored, colour ? 3 : 1, frames, windows(header),
				tags(header));
	}

	private static List<Window> windows(AttributeList header) {
		double[] centers = Attribute.getDoubleValues(header, TagFromName.WindowCenter);
		double[] widths = Attribute.getDoubleValues(header, TagFromName.WindowWidth);
		String[] names = Attribute.getStringValues(header, TagFromName.WindowCenterWidthExplanation);
		List<Window> windows = new ArrayList<>();
		for (int i = 0; centers != null && widths != null && i < Math.min(centers.length, widths.length); i++) {
			if (widths[i] >= 1) { // PS3.3: Window Width shall be at least 1; others are ignored rather than fatal
				String name = names != null && i < names.length && !names[i].isBlank() ? names[i].trim() : null;
				windows.add(name == null ? new Window(centers[i], widths[i]) : new Window(centers[i], widths[i], name));
			}
		}
		return windows;
	}

	private static Map<String, String> tags(AttributeList header) {
		Map<String, String> tags = new LinkedHashMap<>();
		KEY_TAGS.forEach((keyword, tag) -> {
			String value = Attribute.getDelimitedStringValuesOrNull(header, tag);
			if (value != null) {
				tags.put(keyword, value.trim());
			}
		});
		return tags;
	}

	/** Decodes a file whose header gave {@code facts}. */
	static DecodedImage decode(ImageSource source, ImageFacts facts) throws IOException, ImageDecodeException {
		AttributeList list = new AttributeList();
		List<String> warnings = read(source, list, null);
		if (list.getPixelData() == null) {
			throw new ImageDecodeException("truncated: the pixel data is missing or ends early"
					+ (warnings.isEmpty() ? "" : " (" + String.join("; ", warnings.stream().map(DicomImages::plain)
							.toList()) + ")"));
		}
		try {
			SourceImage image = new SourceImage(list);
			if (image.getNumberOfBufferedImages() < facts.frames()) {
				throw new ImageDecodeException("truncated: " + image.getNumberOfBufferedImages() + " of "
						+ facts.frames() + " frames");
			}
			boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
			Frames frames = new Frames(image, facts, signed);
			double slope = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleSlope, 1);
			double intercept = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleIntercept, 0);
			frames.apply(0); // the first frame must decode; others are checked when shown (or by verify)
			return new DecodedImage(facts, frames, slope == 0 ? 1 : slope, intercept,
					facts.grayscale() && image.isInverted());
		} catch (DicomException | RuntimeException e) {
			throw new ImageDecodeException("cannot decode the pixel data: " + ImageIoImages.describe(e), e);
		}
	}

	/** Decodes every frame. */
	static void verify(ImageSource source, ImageFacts facts) throws IOException, ImageDecodeException {
		DecodedImage image = decode(source, facts);
		try {
			for (int i = 1; i < image.frameCount(); i++) {
				image.frame(i);
			}
		} catch (RuntimeException e) {
			throw new ImageDecodeException("cannot decode the pixel data: " + ImageIoImages.describe(e), e);
		}
	}

	/** @return PixelMed's warnings while reading */
	private static List<String> read(ImageSource source, AttributeList list, AttributeTag stopAt)
			throws IOException, ImageDecodeException {
		Codecs.ensureReady();
		PixelMedLog.start();
		List<String> warnings;
		try (InputStream in = new BufferedInputStream(source.open())) {
			DicomInputStream dicom = new DicomInputStream(in);
			if (stopAt == null) {
				list.read(dicom);
			} else {
				list.read(dicom, stopAt);
			}
		} catch (DicomException | RuntimeException e) {
			Optional<String> unsupported = TransferSyntaxes.unsupported(list);
			if (unsupported.isPresent()) {
				throw new ImageDecodeException(unsupported.get(), e);
			}
			Optional<IOException> ended = readFailure(e);
			throw new ImageDecodeException(ended.isPresent() ? truncated(ended.get().getMessage())
					: "not a readable DICOM file: " + ImageIoImages.describe(e), e);
		} catch (java.io.EOFException e) {
			throw new ImageDecodeException(truncated(e.getMessage()), e);
		} finally {
			warnings = PixelMedLog.stop();
		}
		return warnings;
	}

	/** @return the failed read under a PixelMed exception: the file ends before its data does */
	private static Optional<IOException> readFailure(Throwable e) {
		for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof IOException io) {
				return Optional.of(io);
			}
		}
		return Optional.empty();
	}

	private static String truncated(String detail) {
		return "truncated: the DICOM data ends early" + (detail == null ? "" : " (" + detail + ")");
	}

	/** PixelMed's words on a read that failed, without the exception classes it wraps them in. */
	private static String plain(String warning) {
		int read = warning.indexOf("read failed");
		return read >= 0 ? warning.substring(read) : warning;
	}

	/** Frames of a decoded file as {@link DecodedImage} promises them, the last one kept. */
	private static final class Frames implements java.util.function.IntFunction<Raster> {
		private final SourceImage image;
		private final ImageFacts facts;
		private final boolean signed;
		private int cachedIndex = -1;
		private Raster cached;

		Frames(SourceImage image, ImageFacts facts, boolean signed) {
			this.image = image;
			this.facts = facts;
			this.signed = signed;
		}

		@Override
		public synchronized Raster apply(int index) {
			if (index != cachedIndex) {
				cached = convert(image.getBufferedImage(index));
				cachedIndex = index;
			}
			return cached;
		}

		private Raster convert(BufferedImage frame) {
			if (frame == null) {
				throw new IllegalStateException("PixelMed decoded no image");
			}
			if (!facts.grayscale()) {
				Raster rgb = Rasters.normalize(frame);
				return image.isYBR() ? Ybr.toRgb(rgb) : rgb;
			}
			if (frame.getColorModel() instanceof java.awt.image.IndexColorModel) {
				// 1-bit data: PixelMed shows it through a two-entry palette; keep the 0/1 values
				return frame.getRaster();
			}
			return Rasters.storedValues(frame.getRaster(), signed, facts.bitDepth());
		}
	}
}
