package org.labelbench.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Labeled images for ML tests, drawn here rather than downloaded: five classes of shapes ({@link #CLASSES}: circle,
 * square, triangle, star, cross), one shape per image.
 * <ul>
 * <li>colour: a random background and a random shape colour at least 120 apart in RGB space, so that the shape
 * always shows, in any hue;</li>
 * <li>size: the shape spans 40 to 80 % of the image; position: anywhere it fits whole;</li>
 * <li>rotation: any angle (a circle looks the same);</li>
 * <li>noise: every channel of every pixel moves by up to &plusmn;16 at random.</li>
 * </ul>
 * The same seed gives the same images, so tests and benchmarks are reproducible; classes take turns (image {@code i}
 * is class {@code i % 5}), so any slice of 5 consecutive images is balanced. {@link SyntheticScenes} draws several
 * of these shapes per image, with their boxes, for object detection.
 */
public final class SyntheticShapes {

	public static final List<String> CLASSES = List.of("circle", "square", "triangle", "star", "cross");

	private static final int NOISE = 16;

	private SyntheticShapes() {
	}

	/**
	 * Writes {@code count} PNG images of {@code size x size} pixels, {@code shape-00000.png} on; the name does not
	 * tell the class.
	 *
	 * @return the class of each file name, in the order written
	 */
	public static Map<String, String> write(Path folder, int count, int size, long seed) throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(seed);
		Map<String, String> classes = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String name = String.format("shape-%05d.png", i);
			int shape = i % CLASSES.size();
			ImageIO.write(draw(shape, size, random), "png", folder.resolve(name).toFile());
			classes.put(name, CLASSES.get(shape));
		}
		return classes;
	}

	/** @return one image of class {@code shape} (an index into {@link #CLASSES}) */
	public static BufferedImage draw(int shape, int size, Random random) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color background = randomColor(random);
		Color foreground = foreground(background, random);
		g.setColor(background);
		g.fillRect(0, 0, size, size);
		double extent = size * (0.4 + 0.4 * random.nextDouble());
		double cx = extent / 2 + random.nextDouble() * (size - extent);
		double cy = extent / 2 + random.nextDouble() * (size - extent);
		AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
		at.rotate(random.nextDouble() * 2 * Math.PI);
		g.setColor(foreground);
		g.fill(at.createTransformedShape(outline(shape, extent / 2)));
		g.dispose();
		addNoise(image, random);
		return image;
	}

	/** @return a random colour that stands out from the background */
	static Color foreground(Color background, Random random) {
		Color foreground;
		do {
			foreground = randomColor(random);
		} while (distance(foreground, background) < 120);
		return foreground;
	}

	/** @return the shape centred on 0,0 within {@code radius} */
	static Shape outline(int shape, double radius) {
		return switch (shape) {
		case 0 -> new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
		case 1 -> new Rectangle2D.Double(-radius / Math.sqrt(2), -radius / Math.sqrt(2), radius * Math.sqrt(2),
				radius * Math.sqrt(2));
		case 2 -> star(3, radius, radius / 2);
		case 3 -> star(5, radius, radius * 0.4);
		case 4 -> cross(radius);
		default -> throw new IllegalArgumentException("no shape " + shape);
		};
	}

	/** A star of {@code points} points; with an inner radius of half the outer one and 3 points, a triangle. */
	private static Shape star(int points, double outer, double inner) {
		Path2D.Double path = new Path2D.Double();
		boolean triangle = points == 3;
		int corners = triangle ? 3 : 2 * points;
		for (int k = 0; k < corners; k++) {
			double angle = -Math.PI / 2 + k * 2 * Math.PI / corners;
			double r = triangle || k % 2 == 0 ? outer : inner;
			if (k == 0) {
				path.moveTo(r * Math.cos(angle), r * Math.sin(angle));
			} else {
				path.lineTo(r * Math.cos(angle), r * Math.sin(angle));
			}
		}
		path.closePath();
		return path;
	}

	private static Shape cross(double radius) {
		double arm = radius / 3;
		Path2D.Double path = new Path2D.Double();
		path.append(new Rectangle2D.Double(-radius, -arm, 2 * radius, 2 * arm), false);
		path.append(new Rectangle2D.Double(-arm, -radius, 2 * arm, 2 * radius), false);
		path.setWindingRule(Path2D.WIND_NON_ZERO);
		return path;
	}

	static void addNoise(BufferedImage image, Random random) {
		int size = image.getWidth() * image.getHeight();
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		for (int i = 0; i < size; i++) {
			int p = pixels[i];
			pixels[i] = clamp(((p >> 16) & 255) + noise(random)) << 16 | clamp(((p >> 8) & 255) + noise(random)) << 8
					| clamp((p & 255) + noise(random));
		}
		image.setRGB(0, 0, image.getWidth(), image.getHeight(), pixels, 0, image.getWidth());
	}

	private static int noise(Random random) {
		return random.nextInt(2 * NOISE + 1) - NOISE;
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	static Color randomColor(Random random) {
		return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
	}

	private static double distance(Color a, Color b) {
		int dr = a.getRed() - b.getRed();
		int dg = a.getGreen() - b.getGreen();
		int db = a.getBlue() - b.getBlue();
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}
}
