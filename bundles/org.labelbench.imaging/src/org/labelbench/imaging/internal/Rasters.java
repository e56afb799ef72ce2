package org.labelbench.imaging.internal;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferShort;
import java.awt.image.DataBufferUShort;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Brings decoded images into the two shapes {@link org.labelbench.imaging.DecodedImage} promises. */
final class Rasters {

	private Rasters() {
	}

	/**
	 * @return the image's samples at full depth: one band for grayscale (alpha dropped), R, G, B for colour; palette
	 *         and CMYK images become 8-bit RGB
	 */
	static Raster normalize(BufferedImage image) {
		ColorModel model = image.getColorModel();
		WritableRaster raster = image.getRaster();
		int spaceType = model.getColorSpace().getType();
		if (model instanceof IndexColorModel) {
			return rgb8(image);
		}
		if (spaceType == ColorSpace.TYPE_CMYK && raster.getNumBands() >= 4) {
			return cmykToRgb(raster);
		}
		if (model.getNumColorComponents() == 1) {
			return bands(raster, 1);
		}
		if (spaceType == ColorSpace.TYPE_RGB && model.getNumColorComponents() == 3) {
			return bands(raster, 3);
		}
		return rgb8(image);
	}

	/** @return the first bands only, sharing the data */
	static Raster bands(WritableRaster raster, int count) {
		if (raster.getNumBands() == count) {
			return raster;
		}
		int[] bands = new int[count];
		for (int i = 0; i < count; i++) {
			bands[i] = i;
		}
		return raster.createWritableChild(raster.getMinX(), raster.getMinY(), raster.getWidth(), raster.getHeight(), 0,
				0, bands);
	}

	/** @return the image as 8-bit R, G, B through its colour model */
	static Raster rgb8(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
		int[] argb = new int[w];
		int[] row = new int[w * 3];
		for (int y = 0; y < h; y++) {
			image.getRGB(0, y, w, 1, argb, 0, w);
			for (int x = 0; x < w; x++) {
				row[x * 3] = argb[x] >> 16 & 0xff;
				row[x * 3 + 1] = argb[x] >> 8 & 0xff;
				row[x * 3 + 2] = argb[x] & 0xff;
			}
			out.setPixels(0, y, w, 1, row);
		}
		return out;
	}

	/**
	 * CMYK (as the JDK's JPEG reader delivers it, Adobe inversion and YCCK already undone) to RGB without a colour
	 * profile: {@code R = (255 - C) (255 - K) / 255}, rounded, as most image libraries do.
	 */
	static Raster cmykToRgb(Raster cmyk) {
		int w = cmyk.getWidth();
		int h = cmyk.getHeight();
		WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
		int[] in = new int[w * cmyk.getNumBands()];
		int[] row = new int[w * 3];
		int bands = cmyk.getNumBands();
		for (int y = 0; y < h; y++) {
			cmyk.getPixels(cmyk.getMinX(), cmyk.getMinY() + y, w, 1, in);
			for (int x = 0; x < w; x++) {
				int k = 255 - in[x * bands + 3];
				for (int b = 0; b < 3; b++) {
					row[x * 3 + b] = ((255 - in[x * bands + b]) * k + 127) / 255;
				}
			}
			out.setPixels(0, y, w, 1, row);
		}
		return out;
	}

	/**
	 * DICOM stored values: signed data as a {@code TYPE_SHORT} raster (sign-extended from BitsStored), unsigned data
	 * with the bits above BitsStored cleared. Shares the data when nothing needs to change.
	 */
	static Raster storedValues(WritableRaster raster, boolean signed, int bitsStored) {
		int size = raster.getSampleModel().getSampleSize(0);
		boolean narrower = bitsStored > 0 && bitsStored < size;
		if (!signed && !narrower) {
			return raster;
		}
		if (signed && !narrower && raster.getDataBuffer() instanceof DataBufferUShort data && data.getNumBanks() == 1
				&& raster.getSampleModel() instanceof ComponentSampleModel && raster.getMinX() == 0
				&& raster.getMinY() == 0 && raster.getSampleModelTranslateX() == 0
				&& raster.getSampleModelTranslateY() == 0) {
			// same 16-bit patterns, read as signed: no copy
			ComponentSampleModel model = (ComponentSampleModel) raster.getSampleModel();
			return Raster.createWritableRaster(new ComponentSampleModel(DataBuffer.TYPE_SHORT, model.getWidth(),
					model.getHeight(), model.getPixelStride(), model.getScanlineStride(), model.getBandOffsets()),
					new DataBufferShort(data.getData(), data.getSize(), data.getOffset()), null);
		}
		int w = raster.getWidth();
		int h = raster.getHeight();
		WritableRaster out = signed ? Raster.createBandedRaster(DataBuffer.TYPE_SHORT, w, h, 1, null)
				: raster.createCompatibleWritableRaster(w, h);
		int shift = 32 - (narrower ? bitsStored : size);
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, row);
			for (int x = 0; x < w; x++) {
				row[x] = signed ? row[x] << shift >> shift : row[x] << shift >>> shift;
			}
			out.setSamples(0, y, w, 1, 0, row);
		}
		return out;
	}
}
