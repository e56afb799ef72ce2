package org.labelbench.imaging.internal;

import java.util.Map;
import java.util.Optional;

import org.labelbench.imaging.ImageDecodeException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;

/** Which DICOM encodings decode here, so that the others are refused from the header with a clear reason. */
final class TransferSyntaxes {

	private static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";

	/** encodings without a decoder here, with the name people know them by */
	private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
			Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS lossless"),
			Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS near-lossless"),
			Map.entry("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 multi-component lossless"),
			Map.entry("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 multi-component"),
			Map.entry("1.2.840.10008.1.2.4.94", "JPIP referenced"),
			Map.entry("1.2.840.10008.1.2.4.95", "JPIP referenced deflate"),
			Map.entry("1.2.840.10008.1.2.4.100", "MPEG2 video"),
			Map.entry("1.2.840.10008.1.2.4.101", "MPEG2 video"),
			Map.entry("1.2.840.10008.1.2.4.102", "MPEG-4 video"),
			Map.entry("1.2.840.10008.1.2.4.103", "MPEG-4 video"),
			Map.entry("1.2.840.10008.1.2.4.104", "MPEG-4 video"),
			Map.entry("1.2.840.10008.1.2.4.105", "MPEG-4 video"),
			Map.entry("1.2.840.10008.1.2.4.106", "MPEG-4 video"),
			Map.entry("1.2.840.10008.1.2.4.107", "HEVC video"),
			Map.entry("1.2.840.10008.1.2.4.108", "HEVC video"),
			Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 lossless"),
			Map.entry("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 lossless (RPCL)"),
			Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000"),
			Map.entry("1.2.840.10008.1.2.6.1", "RFC 2557 MIME encapsulation"),
			Map.entry("1.2.840.10008.1.2.6.2", "XML encoding"));

	private TransferSyntaxes() {
	}

	/** @throws ImageDecodeException when the pixel data of a file with this header cannot be decoded here */
	static void check(AttributeList header) throws ImageDecodeException {
		Optional<String> reason = unsupported(header);
		if (reason.isPresent()) {
			throw new ImageDecodeException(reason.get());
		}
		int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.BitsAllocated, 16);
		if (bitsAllocated > 16) {
			throw new ImageDecodeException(bitsAllocated + "-bit pixel data is not supported (at most 16 bits)");
		}
		if (header.get(TagFromName.FloatPixelData) != null || header.get(TagFromName.DoubleFloatPixelData) != null) {
			throw new ImageDecodeException("floating point pixel data is not supported");
		}
	}

	/** @return why the file's encoding cannot be decoded here, or empty */
	static Optional<String> unsupported(AttributeList header) {
		String uid = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.TransferSyntaxUID).trim();
		String name = UNSUPPORTED.get(uid);
		if (name != null) {
			return Optional.of(name + " compression (" + uid + ") is not supported");
		}
		int bitsStored = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.BitsStored, 8);
		if (JPEG_EXTENDED.equals(uid) && bitsStored > 8) {
			return Optional.of(bitsStored + "-bit JPEG (extended, " + uid + ") is not supported; 8-bit JPEG is");
		}
		return Optional.empty();
	}
}
