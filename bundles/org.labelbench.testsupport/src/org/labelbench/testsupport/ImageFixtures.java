package org.labelbench.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Image files of every supported kind and broken ones, with reference pixels decoded by other software (pydicom,
 * dcmtk, OpenJPEG, Pillow). Made by {@code tools/make-image-fixtures.py}, which says how the references are written.
 */
public final class ImageFixtures {

	/**
	 * One fixture as {@code images/index.tsv} lists it.
	 *
	 * @param format the format it must decode as, or {@code error} for a file that must be refused
	 * @param tolerance the largest difference to the reference allowed (lossy codestreams), 0 for equality
	 * @param error a phrase the reason of the refusal must contain (for broken files)
	 */
	public record Fixture(String file, String format, int width, int height, int bits, int samplesPerPixel,
			int frames, int tolerance, String reference, String error) {

		public boolean broken() {
			return "error".equals(format);
		}
	}

	/** dcmtk's dcm2pnm rendering of a DICOM fixture with a window, 8-bit gray levels row by row. */
	public record WindowReference(String file, double center, double width, byte[] levels) {
	}

	private ImageFixtures() {
	}

	/** @return every fixture, in the order of the index */
	public static List<Fixture> all() {
		List<Fixture> fixtures = new ArrayList<>();
		for (String[] c : rows("index.tsv")) {
			boolean broken = "error".equals(c[1]);
			fixtures.add(new Fixture(c[0], c[1], broken ? 0 : Integer.parseInt(c[2]), broken ? 0 : Integer.parseInt(c[3]),
					broken ? 0 : Integer.parseInt(c[4]), broken ? 0 : Integer.parseInt(c[5]),
					broken ? 0 : Integer.parseInt(c[6]), broken ? 0 : Integer.parseInt(c[7]), c[8],
					c.length > 9 && !"-".equals(c[9]) ? c[9] : ""));
		}
		return fixtures;
	}

	public static Fixture get(String file) {
		return all().stream().filter(f -> f.file().equals(file)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no image fixture " + file));
	}

	/** @return the windows rendered by dcmtk, with dcmtk's gray levels */
	public static List<WindowReference> windows() {
		List<WindowReference> windows = new ArrayList<>();
		for (String[] c : rows("window.tsv")) {
			windows.add(new WindowReference(c[0], Double.parseDouble(c[1]), Double.parseDouble(c[2]),
					gunzip(c[0] + ".window.gz")));
		}
		return windows;
	}

	/** Copies a fixture into a folder, keeping its name. */
	public static Path copy(String file, Path folder) throws IOException {
		Files.createDirectories(folder);
		try (InputStream in = open(file)) {
			Path target = folder.resolve(file);
			Files.copy(in, target);
			return target;
		}
	}

	/** @return the reference samples: all frames, row by row, the samples of a pixel together */
	public static int[] reference(String file) {
		IntBuffer ints = ByteBuffer.wrap(gunzip(file + ".ref.gz")).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
		int[] values = new int[ints.remaining()];
		ints.get(values);
		return values;
	}

	private static byte[] gunzip(String resource) {
		try (InputStream in = new GZIPInputStream(open(resource))) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream open(String resource) throws IOException {
		InputStream in = ImageFixtures.class.getResourceAsStream("images/" + resource);
		if (in == null) {
			throw new IOException("no image fixture " + resource);
		}
		return in;
	}

	private static List<String[]> rows(String index) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(index), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}
}
