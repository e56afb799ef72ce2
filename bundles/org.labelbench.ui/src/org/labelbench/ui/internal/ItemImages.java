package org.labelbench.ui.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.labelbench.core.Workspace;
import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.imaging.Previews;
import org.labelbench.ui.editor.ItemPicture;

/**
 * Pictures of image items for the workbench, decoded by the imaging bundle: every format Labelbench reads, DICOM
 * through its default window, photos turned as their EXIF orientation says. Runs off the UI thread; the UI thread only
 * makes an SWT image of the pixel data.
 */
public final class ItemImages {

	private static final PaletteData RGB = new PaletteData(0xFF0000, 0xFF00, 0xFF);

	private final Workspace workspace;
	private final ImageDecoder decoder;

	public ItemImages(Workspace workspace, ImageDecoder decoder) {
		this.workspace = workspace;
		this.decoder = decoder;
	}

	/**
	 * @return the item's first frame scaled to fit {@code maxWidth x maxHeight}, never larger than the image
	 * @throws IOException when the file cannot be read or is no image Labelbench can decode (the message says why)
	 */
	public ImageData read(String project, String location, int maxWidth, int maxHeight) throws IOException {
		DecodedImage image = decode(project, location);
		return toImageData(Previews.render(image, 0, image.defaultWindow(), maxWidth, maxHeight));
	}

	/**
	 * @return the item's picture for an editor: the first frame through its default window, scaled to fit
	 *         {@code maxWidth x maxHeight}; other windows and frames render from it without reading the file again
	 * @throws IOException when the file cannot be read or is no image Labelbench can decode (the message says why)
	 */
	public ItemPicture picture(String project, String location, int maxWidth, int maxHeight) throws IOException {
		DecodedPicture.Reader reader = (width, height) -> decode(project, location, width, height);
		return DecodedPicture.of(reader.read(maxWidth, maxHeight), maxWidth, maxHeight, reader);
	}

	private DecodedImage decode(String project, String location, int maxWidth, int maxHeight) throws IOException {
		try {
			return decoder.decode(ImageSource.of(location, () -> workspace.review().open(project, location)), maxWidth,
					maxHeight);
		} catch (ImageDecodeException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private DecodedImage decode(String project, String location) throws IOException {
		try {
			return decoder.decode(ImageSource.of(location, () -> workspace.review().open(project, location)));
		} catch (ImageDecodeException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** @return the pixels of an 8-bit gray or RGB image as SWT image data */
	static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 24, RGB);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
