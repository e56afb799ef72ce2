package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.labelbench.core.TaskType;
import org.labelbench.imaging.Window;
import org.labelbench.model.Annotation;
import org.labelbench.model.DataKind;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.testsupport.Annotations;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.ItemPicture;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;
import org.labelbench.ui.editor.bbox.BoundingBoxEditor;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.polygon.PolygonEditor;

/**
 * Measures how long the bounding box and polygon editors take to repaint a 4000x3000 image (painted from a 1600x1200
 * rendering) with 5,000 boxes, and one with 5,000 polygons, all in view, in a 1280x960 window. Each of 100 frames
 * follows a zoom step (out one step, then back to fit to window, in turn), so the cached layer of picture and shapes
 * is painted again every frame: the worst case. The "cached" lines repaint 100 times with no change of view or shapes
 * (as while the mouse drags a selected shape): the layer is reused. 30 zoom steps before the measured ones let the JIT
 * compile the loops that make the layer (with 10, the first measured frames of the first editor still ran slower).
 * <p>
 * How: each frame is {@code redraw()} then {@code update()} on the UI thread. On GTK 3, {@code update()} does not
 * paint at once: GTK paints at the next tick of its frame clock (60 Hz), so the test then dispatches events until the
 * canvas's paint came. A paint is not on the window when the paint listeners return: cairo sends its drawing to the X
 * server (Xvfb, another process), which may still be scaling and stroking it, and GTK copies its paint buffer to the
 * window after the listeners. So once the paint came, the test makes a round trip to the X server
 * ({@link Display#getCursorLocation()}, a request with a reply: the server answers only after every request before it
 * is done). Four times are taken per frame: <i>paint</i>, from a display filter on {@code SWT.Paint} (filters run
 * before every listener) until that round trip returned: the work of the UI thread and of the X server until the
 * pixels are on the window, which the 16 ms target is about; <i>client</i>, from the filter to a paint listener added
 * after the canvas's own: the UI thread alone, as earlier versions of this test measured; and <i>frame</i>, from
 * {@code redraw()} until the round trip returned, which includes waiting for the frame clock; and <i>cpu</i>, the UI
 * thread's CPU time over the paint listeners, which other processes' load does not stretch (the X server's is not in
 * it); the X server's own CPU time, a mean over the 100 frames (Linux' {@code /proc} counts it in 10 ms ticks). The
 * test checks that
 * every frame painted, not how fast: it prints {@code BENCH shapes-redraw ...} lines with the median and 95th
 * percentile, also written to {@code target/benchmarks/shapes-redraw.txt}.
 */
class ShapesRedrawBenchmarkTest {

	private static final int SHAPES = 5_000;
	private static final int FRAMES = 100;
	/** zoom steps before the measured ones, while the JIT compiles the painting code */
	private static final int WARM_UP = 30;
	private static final int WIDTH = 4000;
	private static final int HEIGHT = 3000;
	private static final long PAINT_TIMEOUT_NS = 5_000_000_000L;
	private static final List<String> CLASSES = List.of("car", "person", "bicycle");
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/**
	 * Times the paints of one canvas: the filter sees a paint before any listener, the listener after the canvas's,
	 * and a round trip to the X server after the paint tells when the pixels are on the window.
	 */
	private static final class PaintClock {
		private final Canvas canvas;
		private final Listener filter;
		private long started;
		private long client;
		private long cpu;
		private int paints;

		PaintClock(Canvas canvas) {
			this.canvas = canvas;
			filter = e -> {
				if (e.widget == canvas) {
					started = System.nanoTime();
					cpu -= THREADS.getCurrentThreadCpuTime();
				}
			};
			canvas.getDisplay().addFilter(SWT.Paint, filter);
			canvas.addListener(SWT.Paint, e -> {
				client += System.nanoTime() - started;
				cpu += THREADS.getCurrentThreadCpuTime();
				paints++;
			});
		}

		/** @return {paint, client, frame, cpu} in milliseconds for one repaint of the whole canvas */
		double[] repaint() {
			int before = paints;
			client = 0;
			cpu = 0;
			long start = System.nanoTime();
			canvas.redraw();
			canvas.update();
			while (paints == before && System.nanoTime() - start < PAINT_TIMEOUT_NS) {
				canvas.getDisplay().readAndDispatch();
			}
			canvas.getDisplay().getCursorLocation(); // a round trip: the X server has done all the drawing
			long end = System.nanoTime();
			return new double[] { (end - started) / 1e6, client / 1e6, (end - start) / 1e6, cpu / 1e6 };
		}

		void dispose() {
			canvas.getDisplay().removeFilter(SWT.Paint, filter);
		}
	}

	/**
	 * The CPU time of the X server the test paints on (Xvfb, found by the display number in {@code DISPLAY}), read
	 * from {@code /proc} in clock ticks (10 ms): summed over 100 frames, it gives the server's mean work per frame.
	 */
	private static final class XServer {
		private static final Path STAT = find();

		static long cpuTicks() {
			try {
				if (STAT == null) {
					return 0;
				}
				String stat = Files.readString(STAT);
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); //$NON-NLS-1$
				return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime
			} catch (IOException | RuntimeException e) {
				return 0;
			}
		}

		static String line(String kind, long ticks, int frames) {
			return STAT == null ? "BENCH shapes-redraw " + kind + "-xserver n/a (no Xvfb found)"
					: String.format(Locale.ROOT, "BENCH shapes-redraw %s-xserver mean=%.1f ms CPU a frame (%d frames)",
							kind, ticks * 10.0 / frames, frames);
		}

		private static Path find() {
			String display = System.getenv("DISPLAY");
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				return processes.map(process -> process.resolve("cmdline")).filter(cmdline -> {
					try {
						List<String> args = List.of(Files.readString(cmdline).split("\0"));
						return !args.isEmpty() && args.get(0).endsWith("Xvfb") && args.contains(display);
					} catch (IOException | RuntimeException e) {
						return false;
					}
				}).map(cmdline -> cmdline.resolveSibling("stat")).findFirst().orElse(null);
			} catch (IOException | RuntimeException e) {
				return null;
			}
		}
	}

	@Test
	void fiveThousandBoxesOrPolygonsRepaintAfterZoomSteps() throws Exception {
		List<String> lines = new ArrayList<>();
		lines.addAll(measure("boxes", "image-bbox", new BoundingBoxEditor(), boxes()));
		lines.addAll(measure("polygons", "image-polygon", new PolygonEditor(), polygons()));
		Path file = Path.of("target", "benchmarks", "shapes-redraw.txt");
		Files.createDirectories(file.getParent());
		lines.add(String.format(Locale.ROOT, "BENCH shapes-redraw load average %.2f (%d cores)",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors()));
		Files.write(file, lines);
		lines.forEach(System.out::println);
	}

	private List<String> measure(String kind, String taskType, TaskEditor editor, List<Annotation> shapes)
			throws InterruptedException {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(1280, 960);
			editor.createControl(shell, site(taskType));
			shell.open();
			shell.layout(true, true);
			Canvas canvas = UiScript.find(shell, Canvas.class, c -> ImageCanvas.of(c).isPresent());
			PaintClock clock = new PaintClock(canvas);
			ItemRecord record = new ItemRecord(1, 1, "bench.png", ItemState.UNLABELED, null, null);
			editor.show(new LabelingTask("bench", List.of(new TaskItem(record, null, picture(), null, shapes))));
			long deadline = System.currentTimeMillis() + 10_000;
			while (clock.paints == 0 && System.currentTimeMillis() < deadline) { // the window is on screen
				if (!display.readAndDispatch()) {
					Thread.sleep(10);
				}
			}
			flush(display);
			assertEquals(SHAPES, editor.labels().get(0).size(), "every shape of the item shows");
			ImageCanvas view = ImageCanvas.of(canvas).orElseThrow();
			int shown = clock.paints;
			double[][] zoomed = new double[4][FRAMES];
			double[][] cached = new double[4][FRAMES];
			long serverTicks = 0;
			for (int frame = -WARM_UP; frame < FRAMES; frame++) {
				if (frame == 0) {
					serverTicks = -XServer.cpuTicks();
				}
				if (Math.floorMod(frame, 2) == 0) {
					view.zoomOut();
				} else {
					view.fit();
				}
				double[] times = clock.repaint();
				for (int t = 0; frame >= 0 && t < times.length; t++) {
					zoomed[t][frame] = times[t];
				}
			}
			serverTicks += XServer.cpuTicks();
			long cachedServerTicks = -XServer.cpuTicks();
			for (int frame = 0; frame < FRAMES; frame++) {
				double[] times = clock.repaint();
				for (int t = 0; t < times.length; t++) {
					cached[t][frame] = times[t];
				}
			}
			cachedServerTicks += XServer.cpuTicks();
			clock.dispose();
			assertTrue(clock.paints - shown >= WARM_UP + 2 * FRAMES, "every frame painted: " + (clock.paints - shown));
			String size = canvas.getClientArea().width + "x" + canvas.getClientArea().height;
			return List.of(line(kind, zoomed[0], size), line(kind + "-cached", cached[0], size),
					line(kind + "-client", zoomed[1], size), line(kind + "-cached-client", cached[1], size),
					line(kind + "-frame", zoomed[2], size), line(kind + "-cached-frame", cached[2], size),
					line(kind + "-cpu", zoomed[3], size), line(kind + "-cached-cpu", cached[3], size),
					XServer.line(kind, serverTicks, FRAMES), XServer.line(kind + "-cached", cachedServerTicks, FRAMES));
		} finally {
			shell.dispose();
		}
	}

	private static String line(String kind, double[] ms, String size) {
		double[] sorted = ms.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT,
				"BENCH shapes-redraw %s p50=%.2f p95=%.2f max=%.2f ms (%d shapes in view, %d frames, canvas %s)", kind,
				sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
				sorted[sorted.length - 1], SHAPES, sorted.length, size);
	}

	private static void flush(Display display) {
		while (display.readAndDispatch()) {
			// paint and lay out what showing the task asked for
		}
	}

	private static List<Annotation> boxes() {
		Random random = new Random(7);
		List<Annotation> boxes = new ArrayList<>();
		for (int i = 0; i < SHAPES; i++) {
			double w = 10 + random.nextInt(150);
			double h = 10 + random.nextInt(150);
			boxes.add(Annotations.box(random.nextInt((int) (WIDTH - w)), random.nextInt((int) (HEIGHT - h)), w, h,
					CLASSES.get(i % CLASSES.size())));
		}
		return boxes;
	}

	private static List<Annotation> polygons() {
		Random random = new Random(11);
		List<Annotation> polygons = new ArrayList<>();
		for (int i = 0; i < SHAPES; i++) {
			double cx = 60 + random.nextInt(WIDTH - 120);
			double cy = 60 + random.nextInt(HEIGHT - 120);
			double[] xy = new double[12];
			for (int v = 0; v < 6; v++) {
				double radius = 15 + random.nextInt(40);
				xy[2 * v] = Math.round(cx + radius * Math.cos(v * Math.PI / 3));
				xy[2 * v + 1] = Math.round(cy + radius * Math.sin(v * Math.PI / 3));
			}
			polygons.add(Annotations.polygon(CLASSES.get(i % CLASSES.size()), xy));
		}
		return polygons;
	}

	private static EditorSite site(String taskType) {
		TaskType type = new TaskType(taskType, taskType, DataKind.IMAGE, taskType, true, "bench");
		return new EditorSite() {
			@Override
			public TaskType taskType() {
				return type;
			}

			@Override
			public List<String> classes() {
				return CLASSES;
			}

			@Override
			public void labelsChanged() {
				// nothing to show: no labeling view around the editor
			}
		};
	}

	/** @return a colour picture of the image's size, rendered at 1600x1200 as the labeling view renders it */
	private static ItemPicture picture() {
		ImageData image = new ImageData(1600, 1200, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				image.setPixel(x, y, (x * 255 / image.width) << 16 | (y * 255 / image.height) << 8 | (x ^ y) & 0xFF);
			}
		}
		return new ItemPicture() {
			@Override
			public ImageData image() {
				return image;
			}

			@Override
			public int width() {
				return WIDTH;
			}

			@Override
			public int height() {
				return HEIGHT;
			}

			@Override
			public int frames() {
				return 1;
			}

			@Override
			public int frame() {
				return 0;
			}

			@Override
			public boolean windowed() {
				return false;
			}

			@Override
			public Window window() {
				return new Window(127.5, 256);
			}

			@Override
			public List<Window> windows() {
				return List.of();
			}

			@Override
			public Map<String, String> info() {
				return Map.of();
			}

			@Override
			public CompletableFuture<ItemPicture> render(int frame, Window window) {
				return CompletableFuture.completedFuture(this);
			}
		};
	}
}
