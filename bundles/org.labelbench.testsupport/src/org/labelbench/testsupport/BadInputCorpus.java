package org.labelbench.testsupport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Generates the bad-input corpus: files and rows a user's data really contains and that must never break a project.
 * Each entry says what a user must be told about it; the good entries beside them must go on working.
 * <ul>
 * <li>{@link #images(Path)}: a folder of images. Broken: a zero-byte JPEG and DICOM, a JPEG and a DICOM file cut in
 * half, text saved as {@code .png}. Good, under awkward names: spaces, {@code ..} inside a name, a name starting with
 * {@code ..}, unicode (accents, CJK, emoji), control characters (tab, 0x01, newline), and a PNG saved as {@code .jpg}
 * and as {@code .dcm} (the content decides, not the extension).</li>
 * <li>{@link #csv(Path)}: a CSV file with a byte-order mark, quotes and doubled quotes, embedded newlines, CRLF and LF
 * endings, an empty text, a short row, a row in Latin-1 amid UTF-8, a row of 30,000 characters (an item), one of 100,000
 * (an error: items hold up to 32,672) and a blank line (a
 * record without text: an error naming its row, so that the record numbers stay those of the file).</li>
 * <li>{@link #hostileLocations()}: item locations that no file system gives but a blob store or a hand-written
 * manifest can: {@code ../} and absolute paths, which exports must never follow outside their destination.</li>
 * </ul>
 * The existing {@link ImageFixtures} cover every decoder's broken files in depth; this corpus covers what goes around
 * them (scan, names, CSV parsing, export paths).
 */
public final class BadInputCorpus {

	/** what a user must be told about a broken file: a phrase of the reason */
	public record Broken(String location, String reason) {
	}

	/** the length of the long CSV row that is still an item (items hold up to 32,672 characters) */
	public static final int LONG_ROW = 30_000;
	/** the length of the CSV row too long for an item */
	public static final int TOO_LONG_ROW = 100_000;

	private BadInputCorpus() {
	}

	/**
	 * Writes the image corpus into {@code folder}.
	 *
	 * @return the broken files (location relative to the folder) with a phrase the reason must contain; every other
	 *         file of the folder ({@link #goodImages()}) decodes
	 */
	public static List<Broken> images(Path folder) throws IOException {
		byte[] png = png();
		byte[] jpeg = jpeg();
		byte[] dicom = ImageFixtures.class.getResourceAsStream("images/CT_small.dcm").readAllBytes();
		for (String good : goodImages()) {
			TestData.write(folder.resolve(good), png); // the .jpg and .dcm ones too: the content decides, not the name
		}
		TestData.write(folder.resolve("broken/zero.jpg"), new byte[0]);
		TestData.write(folder.resolve("broken/zero.dcm"), new byte[0]);
		TestData.write(folder.resolve("broken/half.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
		TestData.write(folder.resolve("broken/half.dcm"), Arrays.copyOf(dicom, dicom.length / 2));
		TestData.write(folder.resolve("broken/notes.png"), "not a picture\n".getBytes(StandardCharsets.UTF_8));
		return List.of(new Broken("broken/half.dcm", "truncated: the pixel data"),
				new Broken("broken/half.jpg", "corrupt JPEG data"), new Broken("broken/notes.png", "not an image"),
				new Broken("broken/zero.dcm", "empty file"), new Broken("broken/zero.jpg", "empty file"));
	}

	/** @return the good files of {@link #images(Path)}, by location, in path order */
	public static List<String> goodImages() {
		return List.of("names/..hidden.png", "names/a..b.png", "names/caf\u00e9 \u65e5\u672c \ud83d\udc31.png",
				"names/ctrl\u0001char.png", "names/new\nline.png", "names/png-named.dcm", "names/png-named.jpg",
				"names/tab\tin.png", "names/with space.png", "plain.png");
	}

	/**
	 * Writes the CSV corpus (text column {@code text}).
	 *
	 * @return for each record number, the text its item must have, or the reason its error must contain (starting
	 *         with {@code !})
	 */
	public static Map<String, String> csv(Path file) throws IOException {
		String longText = "long ".repeat(LONG_ROW / 5);
		String tooLong = "more ".repeat(TOO_LONG_ROW / 5);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		out.write(("text,source\r\n" //
				+ "plain,a\r\n" //
				+ "\"quoted, with comma\",b\n" //
				+ "\"she said \"\"no\"\"\",c\n" //
				+ "\"two\nlines\",d\r\n" //
				+ ",e\n" //
				+ "short row without a second field\n").getBytes(StandardCharsets.UTF_8));
		out.write("caf\u00e9 in latin-1,f\n".getBytes(StandardCharsets.ISO_8859_1));
		out.write((longText + ",g\n" //
				+ tooLong + ",h\n" //
				+ "\n" //
				+ "\u00fcnic\u00f6de \u2713 after the blank line,h\n").getBytes(StandardCharsets.UTF_8));
		Files.createDirectories(file.getParent());
		Files.write(file, out.toByteArray());
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("1", "plain");
		expected.put("2", "quoted, with comma");
		expected.put("3", "she said \"no\"");
		expected.put("4", "two\nlines");
		expected.put("5", "!row 5 has no text");
		expected.put("6", "short row without a second field");
		expected.put("7", "!row 7 is not valid UTF-8");
		expected.put("8", longText);
		expected.put("9", "!text is longer than 32672 characters");
		expected.put("10", "!row 10 has no text");
		expected.put("11", "\u00fcnic\u00f6de \u2713 after the blank line");
		return expected;
	}

	/** @return item locations that must never lead an export outside its destination */
	public static List<String> hostileLocations() {
		return List.of("../escape.png", "sub/../../escape-too.png", "/tmp/absolute.png", "..", "a/../../../b.png");
	}

	private static byte[] png() throws IOException {
		return encode("png");
	}

	private static byte[] jpeg() throws IOException {
		return encode("jpeg");
	}
	private static byte[] encode(String format) throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 48; y++) {
			for (int x = 0; x < 64; x++) {
				image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}
}
