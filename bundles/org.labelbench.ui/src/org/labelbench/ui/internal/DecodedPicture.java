package org.labelbench.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

import org.eclipse.swt.graphics.ImageData;
import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageFormat;
import org.labelbench.imaging.Previews;
import org.labelbench.imaging.Window;
import org.labelbench.imaging.Windowing;
import org.labelbench.ui.editor.ItemPicture;

/**
 * A picture decoded by the imaging bundle. Grayscale and multi-frame images keep their decoded pixels, so that
 * another window or frame renders without reading the file again; colour photos keep only their rendering.
 */
final class DecodedPicture implements ItemPicture {

	private final Renderer renderer;
	private final ImageData image;
	private final int frame;
	private final Window window;

	private DecodedPicture(Renderer renderer, ImageData image, int frame, Window window) {
		this.renderer = renderer;
		this.image = image;
		this.frame = frame;
		this.window = window;
	}

	/** Reads the image again, decoded for display at most {@code maxWidth x maxHeight}. */
	@FunctionalInterface
	interface Reader {
		DecodedImage read(int maxWidth, int maxHeight) throws IOException;
	}

	/**
	 * @param reader reads the image again for a more detailed picture
	 * @return the picture of a decoded image at its default window, rendered to fit {@code maxWidth x maxHeight}
	 */
	static DecodedPicture of(DecodedImage decoded, int maxWidth, int maxHeight, Reader reader) {
		Renderer renderer = new Renderer(decoded, maxWidth, maxHeight, reader);
		return renderer.render(decoded, 0, decoded.defaultWindow());
	}

	@Override
	public ImageData image() {
		return image;
	}

	@Override
	public int width() {
		return renderer.width;
	}

	@Override
	public int height() {
		return renderer.height;
	}

	@Override
	public int frames() {
		return renderer.frames;
	}

	@Override
	public int frame() {
		return frame;
	}

	@Override
	public boolean windowed() {
		return renderer.source != null && renderer.source.grayscale();
	}

	@Override
	public Window window() {
		return window;
	}

	@Override
	public List<Window> windows() {
		return renderer.windows;
	}

	@Override
	public Map<String, String> info() {
		return renderer.info;
	}

	@Override
	public CompletableFuture<ItemPicture> render(int newFrame, Window newWindow) {
		if (renderer.source == null) {
			return CompletableFuture.completedFuture(this);
		}
		return renderer.request(Math.max(0, Math.min(renderer.frames - 1, newFrame)),
				windowed() ? newWindow : window);
	}

	@Override
	public CompletableFuture<ItemPicture> detailed(int maxWidth, int maxHeight) {
		if (image.width >= renderer.width || image.height >= renderer.height
				|| maxWidth <= renderer.maxWidth && maxHeight <= renderer.maxHeight) {
			return CompletableFuture.completedFuture(this);
		}
		return CompletableFuture.supplyAsync(() -> {
			try {
				DecodedImage decoded = renderer.reader.read(maxWidth, maxHeight);
				return new Renderer(decoded, maxWidth, maxHeight, renderer.reader).render(decoded,
						Math.min(frame, decoded.frameCount() - 1), windowed() ? window : decoded.defaultWindow());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** Renders the pictures of one image, one at a time, only the latest of the requests waiting. */
	private static final class Renderer {

		private final DecodedImage source;
		private final Reader reader;
		private final int maxWidth;
		private final int maxHeight;
		private final int width;
		private final int height;
		private final int frames;
		private final List<Window> windows;
		private final Map<String, String> info;
		private boolean running;
		private int pendingFrame;
		private Window pendingWindow;
		private final List<CompletableFuture<ItemPicture>> waiting = new ArrayList<>();

		Renderer(DecodedImage decoded, int maxWidth, int maxHeight, Reader reader) {
			this.source = decoded.grayscale() || decoded.frameCount() > 1 ? decoded : null;
			this.reader = reader;
			this.maxWidth = maxWidth;
			this.maxHeight = maxHeight;
			this.width = decoded.width();
			this.height = decoded.height();
			this.frames = decoded.frameCount();
			this.info = decoded.facts().tags();
			List<Window> offered = new ArrayList<>();
			if (decoded.grayscale()) {
				offered.addAll(decoded.facts().windows());
				if (!offered.contains(decoded.defaultWindow())) {
					offered.add(decoded.defaultWindow());
				}
				if (decoded.facts().format() == ImageFormat.DICOM) {
					offered.addAll(Windowing.PRESETS);
				}
			}
			this.windows = List.copyOf(offered);
		}

		DecodedPicture render(DecodedImage image, int frame, Window window) {
			return new DecodedPicture(this, ItemImages.toImageData(Previews.render(image, frame, window, maxWidth,
					maxHeight)), frame, window);
		}

		synchronized CompletableFuture<ItemPicture> request(int frame, Window window) {
			CompletableFuture<ItemPicture> result = new CompletableFuture<>();
			pendingFrame = frame;
			pendingWindow = window;
			waiting.add(result);
			if (!running) {
				running = true;
				ForkJoinPool.commonPool().execute(this::drain);
			}
			return result;
		}

		private void drain() {
			while (true) {
				int frame;
				Window window;
				List<CompletableFuture<ItemPicture>> served;
				synchronized (this) {
					if (waiting.isEmpty()) {
						running = false;
						return;
					}
					frame = pendingFrame;
					window = pendingWindow;
					served = new ArrayList<>(waiting);
					waiting.clear();
				}
				try {
					ItemPicture picture = render(source, frame, window);
					served.forEach(f -> f.complete(picture));
				} catch (RuntimeException e) {
					served.forEach(f -> f.completeExceptionally(e));
				}
			}
		}
	}
}
