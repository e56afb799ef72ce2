package org.labelbench.imaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an image's header says, read without decoding its pixels.
 *
 * @param width the width as displayed: after the EXIF orientation of a JPEG
 * @param height the height as displayed
 * @param bitDepth significant bits per sample as stored (8 for most photos, 16 for 16-bit PNG/TIFF, BitsStored for
 *        DICOM)
 * @param samplesPerPixel 1 for grayscale, 3 for colour (palette and CMYK images are colour)
 * @param frames the number of frames: DICOM multi-frame objects have several, other images one
 * @param windows the VOI windows the file defines (DICOM Window Center/Width), the first being the default
 * @param tags key DICOM attributes by keyword (Modality, Rows, Columns, PatientID, StudyID, ...), values as stored;
 *        empty for other formats
 */
public record ImageFacts(ImageFormat format, int width, int height, int bitDepth, int samplesPerPixel, int frames,
		List<Window> windows, Map<String, String> tags) {

	public ImageFacts {
		windows = List.copyOf(windows);
		tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags)); // keeps the order for an info panel
	}

	/** @return whether the image has one sample per pixel: it can be windowed */
	public boolean grayscale() {
		return samplesPerPixel == 1;
	}

	/** @return the number of pixels of all frames together, which the pixel limit applies to */
	public long pixels() {
		return (long) width * height * frames;
	}

	/** @return the window the file defines first, if any */
	public Optional<Window> fileWindow() {
		return windows.isEmpty() ? Optional.empty() : Optional.of(windows.get(0));
	}
}
