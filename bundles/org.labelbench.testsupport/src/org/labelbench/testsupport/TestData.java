package org.labelbench.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import javax.imageio.ImageIO;

/** Files for tests: real images of a known size. */
public final class TestData {

	/** the smallest valid PNG: 1x1 pixel */
	public static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
			+ "0000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");

	private TestData() {
	}

	/** Writes a black PNG image of the given size. */
	public static Path png(Path file, int width, int height) throws IOException {
		Files.createDirectories(file.getParent());
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
		return file;
	}

	/** Writes bytes, creating the folders. */
	public static Path write(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}
}
