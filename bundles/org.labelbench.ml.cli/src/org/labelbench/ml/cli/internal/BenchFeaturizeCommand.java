package org.labelbench.ml.cli.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.ml.FeatureBatch;
import org.labelbench.ml.ImageFeatures;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Measures featurization end to end: 256x256 JPEG files on disk, decoded, scaled to the network's input and
 * standardized, on every core; the clock runs from the first file opened to the last image's values.
 */
@Component(service = CliCommand.class)
public final class BenchFeaturizeCommand extends Commands {

	private static final int SIDE = 256;

	private final ImageDecoder decoder;

	@Activate
	public BenchFeaturizeCommand(@Reference ImageDecoder decoder) {
		super("bench featurize", "[--images N] [--threads N]",
				"Measure featurization: N 256x256 JPEG files decoded and scaled to the classifier's 64x64 input.",
				Option.value("--images", "JPEG files to featurize (default 5000)"),
				Option.value("--threads", "threads (default: every core)"));
		this.decoder = decoder;
	}

	@Override
	public int run(CommandContext context) throws IOException {
		int images = integer(context, "--images", 5000, 1, 1_000_000);
		int threads = integer(context, "--threads", Runtime.getRuntime().availableProcessors(), 1, 256);
		Path home = context.workspace().location().workspace()
				.orElseThrow(() -> new InvalidInputException("benchmarks run on a local --workspace"));
		Path scratch = Files.createTempDirectory(Files.createDirectories(home), "bench-featurize");
		try {
			Path[] files = writeJpegs(scratch, images);
			ImageFeatures features = new ImageFeatures(decoder, ImageFeatures.INPUT_SIZE);
			FeatureBatch.of(features, Math.min(200, images), i -> ImageSource.of(files[i]), threads,
					new NullProgressMonitor()); // warm-up: class loading, JIT
			long start = System.nanoTime();
			FeatureBatch batch = FeatureBatch.of(features, images, i -> ImageSource.of(files[i]), threads,
					new NullProgressMonitor());
			long nanos = System.nanoTime() - start;
			if (!batch.failures().isEmpty()) {
				throw new IllegalStateException("featurization failed: " + batch.failures().get(0));
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("cores", Runtime.getRuntime().availableProcessors());
			result.put("threads", threads);
			result.put("images", images);
			result.put("from", SIDE + "x" + SIDE + " JPEG");
			result.put("to", ImageFeatures.INPUT_SIZE + "x" + ImageFeatures.INPUT_SIZE + " RGB, standardized");
			result.put("seconds", Math.round(nanos / 1e7) / 100.0);
			result.put("imagesPerSecond", Math.round(images / (nanos / 1e9)));
			if (context.json()) {
				context.printJson(result);
			} else {
				result.forEach((k, v) -> context.out().println(k + ": " + v));
			}
			return ExitCode.OK;
		} finally {
			delete(scratch);
		}
	}

	private static int integer(CommandContext context, String option, int fallback, int min, int max) {
		return context.option(option).map(v -> {
			try {
				int n = Integer.parseInt(v);
				if (n >= min && n <= max) {
					return n;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			throw new InvalidInputException(option + " must be a number from " + min + " to " + max + ", not '" + v
					+ "'");
		}).orElse(fallback);
	}

	/** Photos stand-ins: a gradient, a few shapes in random colours, and noise, so JPEG has detail to encode. */
	private static Path[] writeJpegs(Path folder, int count) throws IOException {
		Random random = new Random(1);
		Path[] files = new Path[count];
		BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < count; i++) {
			Graphics2D g = image.createGraphics();
			g.setPaint(new java.awt.GradientPaint(0, 0, color(random), SIDE, SIDE, color(random)));
			g.fillRect(0, 0, SIDE, SIDE);
			for (int s = 0; s < 4; s++) {
				g.setColor(color(random));
				g.fillOval(random.nextInt(SIDE), random.nextInt(SIDE), 20 + random.nextInt(100), 20 + random.nextInt(100));
			}
			g.dispose();
			for (int n = 0; n < 2000; n++) {
				image.setRGB(random.nextInt(SIDE), random.nextInt(SIDE), random.nextInt(0xFFFFFF));
			}
			files[i] = folder.resolve(String.format("img-%06d.jpg", i));
			ImageIO.write(image, "jpg", files[i].toFile());
		}
		return files;
	}

	private static Color color(Random random) {
		return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(file);
			}
		}
	}
}
