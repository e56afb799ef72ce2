package org.labelbench.imaging.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

import javax.imageio.stream.ImageInputStream;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in IFD0 of the APP1 "Exif" segment), read from the markers before the
 * image data, and the turn or flip that shows the image upright.
 */
final class ExifOrientation {

	/** marker segments read at most before giving up on finding EXIF */
	private static final int MAX_SEGMENTS = 64;

	private ExifOrientation() {
	}

	/**
	 * @return the orientation, 1 (upright) to 8; 1 when there is none. A broken EXIF block does not make the image
	 *         unreadable, so it counts as none. Leaves the stream at position 0.
	 */
	static int read(ImageInputStream in) throws IOException {
		try {
			in.seek(0);
			in.setByteOrder(ByteOrder.BIG_ENDIAN);
			if (in.readUnsignedShort() != 0xFFD8) {
				return 1;
			}
			for (int i = 0; i < MAX_SEGMENTS; i++) {
				int marker = nextMarker(in);
				if (marker == 0xDA || marker == 0xD9 || marker < 0) {
					return 1; // image data starts: EXIF comes before it
				}
				int length = in.readUnsignedShort();
				long next = in.getStreamPosition() + length - 2;
				if (marker == 0xE1 && length >= 16 && exifHeader(in)) {
					return tiffOrientation(in);
				}
				in.seek(next);
			}
			return 1;
		} catch (java.io.EOFException e) {
			return 1; // a truncated header: the decoder reports the truncation
		} finally {
			in.setByteOrder(ByteOrder.BIG_ENDIAN);
			in.seek(0);
		}
	}

	private static int nextMarker(ImageInputStream in) throws IOException {
		int b = in.read();
		if (b != 0xFF) {
			return -1;
		}
		while (b == 0xFF) { // fill bytes
			b = in.read();
		}
		return b;
	}

	private static boolean exifHeader(ImageInputStream in) throws IOException {
		byte[] header = new byte[6];
		in.readFully(header);
		return header[0] == 'E' && header[1] == 'x' && header[2] == 'i' && header[3] == 'f' && header[4] == 0
				&& header[5] == 0;
	}

	private static int tiffOrientation(ImageInputStream in) throws IOException {
		long base = in.getStreamPosition();
		int order = in.readUnsignedShort();
		if (order == 0x4949) {
			in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
		} else if (order != 0x4D4D) {
			return 1;
		}
		if (in.readUnsignedShort() != 42) {
			return 1;
		}
		in.seek(base + in.readUnsignedInt());
		int entries = in.readUnsignedShort();
		for (int i = 0; i < entries; i++) {
			int tag = in.readUnsignedShort();
			int type = in.readUnsignedShort();
			in.readUnsignedInt(); // count
			int value = in.readUnsignedShort();
			in.readUnsignedShort();
			if (tag == 0x0112) {
				return type == 3 && value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	/** @return whether an orientation swaps width and height (a quarter turn) */
	static boolean transposes(int orientation) {
		return orientation >= 5;
	}

	/**
	 * @return the raster as displayed: orientation 2 flips it left to right, 3 turns it half a turn, 4 flips it top to
	 *         bottom, 5 transposes, 6 turns it a quarter clockwise, 7 transverses, 8 turns it a quarter counter-clockwise
	 */
	static Raster apply(Raster raster, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return raster;
		}
		int w = raster.getWidth();
		int h = raster.getHeight();
		boolean swap = transposes(orientation);
		WritableRaster out = raster.createCompatibleWritableRaster(swap ? h : w, swap ? w : h);
		int[] row = new int[w * raster.getNumBands()];
		int bands = raster.getNumBands();
		int[] pixel = new int[bands];
		for (int y = 0; y < h; y++) {
			raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
			for (int x = 0; x < w; x++) {
				System.arraycopy(row, x * bands, pixel, 0, bands);
				int tx;
				int ty;
				switch (orientation) {
					case 2 -> { tx = w - 1 - x; ty = y; }
					case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
					case 4 -> { tx = x; ty = h - 1 - y; }
					case 5 -> { tx = y; ty = x; }
					case 6 -> { tx = h - 1 - y; ty = x; }
					case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
					default -> { tx = y; ty = w - 1 - x; }
				}
				out.setPixel(tx, ty, pixel);
			}
		}
		return out;
	}
}
