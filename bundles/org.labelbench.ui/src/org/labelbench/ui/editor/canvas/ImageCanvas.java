package org.labelbench.ui.editor.canvas;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.ItemPicture;
import org.labelbench.ui.editor.PictureControls;
import org.labelbench.ui.internal.Widgets;

/**
 * The picture of an image item with shapes on it, for shape editors (boxes, polygons, points...): zoom with the wheel
 * at the cursor, with {@link #zoomIn()}, {@link #zoomOut()} and {@link #fit()}; pan by dragging with the middle
 * button, or with the left button while Space is held; the {@link PictureControls} of DICOM and other grayscale
 * pictures above it, with window/level by dragging with the right button. Coordinates of the view map to the image's
 * own pixels ({@link ItemPicture#width()} by {@link ItemPicture#height()}), not to the scaled-down rendering painted.
 * <p>
 * The picture and the shapes not being edited are painted into a cached layer, made again only when the shapes or the
 * view change, so that following the mouse repaints only the editor's overlay. The layer is made in Java: the picture
 * scaled into an array of pixels, the painter's outlines set into it through a {@link ShapeRaster}, then one image. Editors add their own mouse listeners
 * to {@link #control()} and ignore the events while {@link #navigating()}.
 */
public final class ImageCanvas {

	private static final double ZOOM_STEP = 1.25;
	/** how much larger than its rendering the view shows a picture before a more detailed one is made */
	private static final double DETAIL_AFTER = 1.2;
	/** the largest zoom, in view pixels per image pixel */
	private static final double MAX_SCALE = 32;
	/** the space left around a picture fitted to the window, in view pixels */
	static final int MARGIN = 8;
	private static final RGB[] PALETTE = { new RGB(255, 196, 0), new RGB(0, 200, 255), new RGB(255, 64, 160),
			new RGB(96, 230, 64), new RGB(255, 112, 32), new RGB(170, 120, 255), new RGB(0, 230, 180),
			new RGB(255, 255, 96), new RGB(240, 240, 240) };

	private final Composite body;
	private final PictureControls controls;
	private final Canvas canvas;
	private final ShapePainter painter;
	private final Color[] colors = new Color[PALETTE.length];
	private final Cursor grab;
	private ItemPicture picture;
	private String message = ""; //$NON-NLS-1$
	private double scale = 1;
	private double originX;
	private double originY;
	/** whether the view follows the window's size: until the labeler zooms or pans */
	private boolean fitted = true;
	private final Layer layer;
	private boolean layerValid;
	/** the picture a more detailed rendering was asked of, so that it is asked once */
	private ItemPicture detailAsked;
	/** counts the items shown, so that a detailed rendering that comes late is not shown on the next item */
	private int shows;
	private boolean spaceDown;
	private boolean panning;
	private int panX;
	private int panY;

	/**
	 * @param parent where the picture goes; the canvas adds a composite filling it
	 * @param painter paints the editor's shapes
	 */
	public ImageCanvas(Composite parent, ShapePainter painter) {
		this.painter = painter;
		body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		controls = new PictureControls(body, this::showRendering);
		canvas = Widgets.named(new Canvas(body, SWT.NO_BACKGROUND), "imageCanvas"); //$NON-NLS-1$
		canvas.setData(ImageCanvas.class.getName(), this);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (int i = 0; i < PALETTE.length; i++) {
			colors[i] = new Color(PALETTE[i]);
		}
		grab = new Cursor(canvas.getDisplay(), SWT.CURSOR_SIZEALL);
		layer = new Layer(canvas.getDisplay());
		controls.attachWindowDrag(canvas);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> resized());
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.KeyDown, e -> space(e, true));
		canvas.addListener(SWT.KeyUp, e -> space(e, false));
		canvas.addListener(SWT.FocusOut, e -> spaceDown = false);
		canvas.addListener(SWT.Dispose, e -> disposeImages());
	}

	/** @return the image canvas a control shows, for tests and tools that find widgets by their names */
	public static Optional<ImageCanvas> of(Control control) {
		return Optional.ofNullable(control.getData(ImageCanvas.class.getName())).map(ImageCanvas.class::cast);
	}

	/** Shows a new picture fitted to the window, or, when there is none, a message (why the item cannot be shown). */
	public void show(ItemPicture shown, String problem) {
		shows++;
		controls.show(shown);
		setPicture(shown);
		message = problem == null ? "" : problem; //$NON-NLS-1$
		fit();
	}

	/** a new window or frame of the picture: the view stays */
	private void showRendering(ItemPicture rendered) {
		setPicture(rendered);
		shapesChanged();
	}

	private void setPicture(ItemPicture shown) {
		picture = shown;
		layer.setPicture(shown == null ? null : shown.image());
	}

	/** @return the picture shown with its latest window and frame, or null */
	public ItemPicture picture() {
		return picture;
	}

	/** @return the image's width in its own pixels, the coordinate space of shapes; 0 without a picture */
	public int imageWidth() {
		return picture == null ? 0 : picture.width();
	}

	/** @return the image's height in its own pixels; 0 without a picture */
	public int imageHeight() {
		return picture == null ? 0 : picture.height();
	}

	/** @return the zoom, in view pixels per image pixel */
	public double scale() {
		return scale;
	}

	public double toViewX(double imageX) {
		return originX + imageX * scale;
	}

	public double toViewY(double imageY) {
		return originY + imageY * scale;
	}

	public double toImageX(double viewX) {
		return (viewX - originX) / scale;
	}

	public double toImageY(double viewY) {
		return (viewY - originY) / scale;
	}

	/** @return an x in image pixels, kept inside the image */
	public double clampX(double imageX) {
		return Math.max(0, Math.min(imageWidth(), imageX));
	}

	/** @return a y in image pixels, kept inside the image */
	public double clampY(double imageY) {
		return Math.max(0, Math.min(imageHeight(), imageY));
	}

	/** @return the colour of the label class with this index (0 for the first), the same in every editor */
	public Color classColor(int index) {
		return colors[Math.floorMod(index, colors.length)];
	}

	/** @return the colour of a label class as a pixel of a {@link ShapeRaster}, {@code 0xRRGGBB} */
	public int classPixel(int index) {
		RGB rgb = PALETTE[Math.floorMod(index, PALETTE.length)];
		return rgb.red << 16 | rgb.green << 8 | rgb.blue;
	}

	/** @return the control to add mouse and key listeners to */
	public Canvas control() {
		return canvas;
	}

	/** @return the picture's window, frame and DICOM controls */
	public PictureControls pictureControls() {
		return controls;
	}

	/** @return whether the mouse pans the view (Space held, or a pan drag under way): editors then ignore it */
	public boolean navigating() {
		return spaceDown || panning;
	}

	/** The shapes changed: the cached layer is painted again at the next paint. */
	public void shapesChanged() {
		layerValid = false;
		canvas.redraw();
	}

	/** Only the overlay changed (a selection, a shape being drawn): the cached layer is reused. */
	public void overlayChanged() {
		canvas.redraw();
	}

	/**
	 * Runs the actions every shape editor shares: zoom in, out and to fit, the next and previous frames.
	 *
	 * @return whether the action is one of them and applied
	 */
	public boolean run(EditorAction action) {
		return switch (action) {
		case ZOOM_IN -> zoomIn();
		case ZOOM_OUT -> zoomOut();
		case ZOOM_FIT -> fit();
		case FRAME_NEXT -> controls.step(1);
		case FRAME_PREVIOUS -> controls.step(-1);
		default -> false;
		};
	}

	/** Zooms in one step at the middle of the view. */
	public boolean zoomIn() {
		Rectangle area = canvas.getClientArea();
		return zoomAt(ZOOM_STEP, area.width / 2, area.height / 2);
	}

	/** Zooms out one step at the middle of the view. */
	public boolean zoomOut() {
		Rectangle area = canvas.getClientArea();
		return zoomAt(1 / ZOOM_STEP, area.width / 2, area.height / 2);
	}

	/**
	 * Zooms by a factor keeping the image point under a view point where it is, as the wheel does at the cursor.
	 *
	 * @return whether there is a picture to zoom
	 */
	public boolean zoomAt(double factor, int viewX, int viewY) {
		if (picture == null) {
			return false;
		}
		double imageX = toImageX(viewX);
		double imageY = toImageY(viewY);
		scale = Math.max(fitScale() / 4, Math.min(MAX_SCALE, scale * factor));
		originX = viewX - imageX * scale;
		originY = viewY - imageY * scale;
		fitted = false;
		shapesChanged();
		askDetail();
		return true;
	}

	/**
	 * Asks for a rendering in the detail the view shows the picture at, once zoomed in beyond the rendering made for
	 * the window (12-megapixel photos are decoded to fit the screen at first), and shows it when it comes.
	 */
	private void askDetail() {
		ItemPicture shown = picture;
		if (shown == null || shown == detailAsked || shown.image().width >= shown.width()
				|| scale * shown.width() <= shown.image().width * DETAIL_AFTER) {
			return;
		}
		detailAsked = shown;
		int item = shows;
		shown.detailed(shown.width(), shown.height()).thenAccept(detailed -> {
			if (detailed == shown || canvas.isDisposed()) {
				return;
			}
			int[] pixels = Layer.pixels(detailed.image()); // here, not on the UI thread: 12 million of them
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed() && item == shows && picture == shown) { // no other item, window or frame
					picture = detailed;
					controls.showDetailed(detailed);
					layer.setPicture(detailed.image(), pixels);
					shapesChanged();
				}
			});
		}).exceptionally(failure -> { // the fitted rendering stays; the item is readable, it was just read
			ILog.of(ImageCanvas.class).warn("A more detailed picture could not be made: " + failure.getMessage(), //$NON-NLS-1$
					failure);
			return null;
		});
	}

	/** Moves the view by a distance in view pixels. */
	public void panBy(int dx, int dy) {
		originX += dx;
		originY += dy;
		fitted = false;
		shapesChanged();
	}

	/**
	 * Shows the whole picture, centred, and follows the window's size from now on.
	 *
	 * @return whether there is a picture
	 */
	public boolean fit() {
		fitted = true;
		Rectangle area = canvas.getClientArea();
		if (picture != null && area.width > 0 && area.height > 0) {
			scale = fitScale();
			originX = (area.width - imageWidth() * scale) / 2;
			originY = (area.height - imageHeight() * scale) / 2;
		}
		shapesChanged();
		return picture != null;
	}

	private double fitScale() {
		Rectangle area = canvas.getClientArea();
		if (picture == null || area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
			return 1;
		}
		return Math.min((area.width - 2.0 * MARGIN) / imageWidth(), (area.height - 2.0 * MARGIN) / imageHeight());
	}

	private void resized() {
		if (fitted) {
			fit();
		} else {
			shapesChanged();
		}
	}

	private void wheel(Event e) {
		if (e.count != 0) {
			zoomAt(e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.x, e.y);
			e.doit = false;
		}
	}

	private void mouseDown(Event e) {
		canvas.setFocus();
		if (e.button == 2 || e.button == 1 && spaceDown) {
			panning = true;
			panX = e.x;
			panY = e.y;
			canvas.setCursor(grab);
		}
	}

	private void mouseMove(Event e) {
		if (panning) {
			panBy(e.x - panX, e.y - panY);
			panX = e.x;
			panY = e.y;
		}
	}

	private void mouseUp(Event e) {
		if (panning && (e.button == 2 || e.button == 1)) {
			panning = false;
			canvas.setCursor(spaceDown ? grab : null);
		}
	}

	private void space(Event e, boolean down) {
		if (e.character == ' ') {
			spaceDown = down;
			canvas.setCursor(down || panning ? grab : null);
			e.doit = false;
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		if (!layerValid || !layer.fits(area.width, area.height)) {
			int background = ShapeRaster.pixel(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			layer.paint(this, painter, area.width, area.height, background, message);
			layerValid = true;
		}
		gc.drawImage(layer.image(), 0, 0);
		if (picture != null) {
			painter.paintOverlay(gc, this);
		}
	}

	private void disposeImages() {
		layer.dispose();
		grab.dispose();
	}
}
