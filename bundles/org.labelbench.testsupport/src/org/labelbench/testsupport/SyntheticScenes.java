package org.labelbench.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Images with boxes for object detection tests, drawn here like {@link SyntheticShapes} (its shapes, colours, any
 * rotation and noise), but several shapes per image, each with its box:
 * <ul>
 * <li>classes: the first {@code classes} of {@link SyntheticShapes#CLASSES} (1 to 5: circle, square, triangle,
 * ...);</li>
 * <li>1 to {@link #MOST_SHAPES} shapes per image, of random classes, each its own colour at least 120 apart in RGB
 * space from the background;</li>
 * <li>size: each shape spans 20 to 45 % of the image; boxes do not overlap (a shape that would is placed again);</li>
 * <li>box: the axis-aligned bounds of the shape as drawn (rotation included), in whole pixels.</li>
 * </ul>
 * The same seed gives the same images.
 */
public final class SyntheticScenes {

	/** the most shapes in one image */
	public static final int MOST_SHAPES = 3;

	/** A shape's box in the image's pixels. */
	public record ShapeBox(String className, int x, int y, int width, int height) {
	}

	private SyntheticScenes() {
	}

	/**
	 * Writes {@code count} PNG images of {@code size x size} pixels, {@code scene-00000.png} on.
	 *
	 * @return the boxes of each file name, in the order written
	 */
	public static Map<String, List<ShapeBox>> write(Path folder, int count, int size, int classes, long seed)
			throws IOException {
		if (classes < 1 || classes > SyntheticShapes.CLASSES.size()) {
			throw new IllegalArgumentException("1 to " + SyntheticShapes.CLASSES.size() + " classes, not " + classes);
		}
		Files.createDirectories(folder);
		Random random = new Random(seed);
		Map<String, List<ShapeBox>> scenes = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String name = String.format("scene-%05d.png", i);
			List<ShapeBox> boxes = new ArrayList<>();
			ImageIO.write(draw(size, classes, random, boxes), "png", folder.resolve(name).toFile());
			scenes.put(name, List.copyOf(boxes));
		}
		return scenes;
	}

	/** @return one image; its boxes are added to {@code boxes} */
	public static BufferedImage draw(int size, int classes, Random random, List<ShapeBox> boxes) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color background = SyntheticShapes.randomColor(random);
		g.setColor(background);
		g.fillRect(0, 0, size, size);
		int shapes = 1 + random.nextInt(MOST_SHAPES);
		List<Rectangle2D> placed = new ArrayList<>();
		for (int s = 0; s < shapes; s++) {
			int shape = random.nextInt(classes);
			for (int attempt = 0; attempt < 20; attempt++) {
				double extent = size * (0.2 + 0.25 * random.nextDouble());
				double cx = extent / 2 + random.nextDouble() * (size - extent);
				double cy = extent / 2 + random.nextDouble() * (size - extent);
				AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
				at.rotate(random.nextDouble() * 2 * Math.PI);
				Shape drawn = at.createTransformedShape(SyntheticShapes.outline(shape, extent / 2));
				Rectangle2D bounds = drawn.getBounds2D().createIntersection(new Rectangle2D.Double(0, 0, size, size));
				if (placed.stream().noneMatch(bounds::intersects)) {
					placed.add(bounds);
					g.setColor(SyntheticShapes.foreground(background, random));
					g.fill(drawn);
					int x0 = (int) Math.floor(bounds.getMinX());
					int y0 = (int) Math.floor(bounds.getMinY());
					boxes.add(new ShapeBox(SyntheticShapes.CLASSES.get(shape), x0, y0,
							(int) Math.ceil(bounds.getMaxX()) - x0, (int) Math.ceil(bounds.getMaxY()) - y0));
					break;
				}
			}
		}
		g.dispose();
		SyntheticShapes.addNoise(image, random);
		return image;
	}
}
