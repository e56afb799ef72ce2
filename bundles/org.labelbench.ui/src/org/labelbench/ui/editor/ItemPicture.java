package org.labelbench.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.graphics.ImageData;
import org.labelbench.imaging.Window;

/**
 * The picture of an image item, decoded off the UI thread: what an editor paints, the image's own size (the
 * coordinate space of boxes and polygons), and for DICOM and other grayscale images the window, the frames and the
 * file's key attributes. A picture does not change: rendering another window or frame makes a new one.
 */
public interface ItemPicture {

	/** @return the rendering to paint: the frame through the window, scaled down to fit the size the view asked for */
	ImageData image();

	/** @return the image's width in pixels as displayed (after the EXIF orientation): shapes use these coordinates */
	int width();

	/** @return the image's height in pixels as displayed */
	int height();

	/** @return the number of frames: more than one for multi-frame DICOM */
	int frames();

	/** @return the frame rendered, from 0 */
	int frame();

	/** @return whether the image is grayscale, so that its window can change (DICOM, 16-bit gray, gray photos) */
	boolean windowed();

	/** @return the window rendered; for colour images the identity window */
	Window window();

	/** @return the windows to offer: the file's own first, then the presets (CT lung, bone...); empty for colour */
	List<Window> windows();

	/** @return key DICOM attributes by keyword (Modality, PatientID, StudyDate...); empty for other formats */
	Map<String, String> info();

	/**
	 * Renders another frame or window off the UI thread. Asking again before a rendering is done is cheap: a picture
	 * renders one at a time, and only the latest request still waiting is rendered, so a window drag never queues.
	 *
	 * @return the new picture, completed on a background thread; a request overtaken by a later one completes with
	 *         the later one's picture
	 */
	CompletableFuture<ItemPicture> render(int frame, Window window);

	/**
	 * Renders the same frame and window in more detail, to fit a larger size (never more than the image's own
	 * pixels), off the UI thread, for a view zoomed in beyond the first rendering; a photo is read again for it. The
	 * detailed picture renders its other windows and frames in the same detail.
	 *
	 * @return the detailed picture, completed on a background thread; this picture when it is already as detailed
	 */
	default CompletableFuture<ItemPicture> detailed(int maxWidth, int maxHeight) {
		return CompletableFuture.completedFuture(this);
	}
}
