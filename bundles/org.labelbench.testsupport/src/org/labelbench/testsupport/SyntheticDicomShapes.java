package org.labelbench.testsupport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The shapes of {@link SyntheticShapes} as CT-like DICOM files, for ML on DICOM projects: 16-bit signed values in
 * Hounsfield units, soft tissue around 0 HU, the shape at 100 HU, noise of &plusmn;15 HU, and a small metal square
 * (3,000 HU) in a corner. The file's window (centre 50, width 250) shows the shape in full contrast; the full range of
 * values would squeeze it into a few grey levels next to the metal. Written by hand (explicit VR little endian, the
 * attributes an image needs), so no DICOM library is needed.
 */
public final class SyntheticDicomShapes {

	private static final int METAL = 3000;
	private static final int SHAPE = 100;
	private static final int NOISE = 15;

	private SyntheticDicomShapes() {
	}

	/**
	 * Writes {@code count} files {@code shape-00000.dcm} on; classes take turns as in {@link SyntheticShapes}.
	 *
	 * @return the class of each file name, in the order written
	 */
	public static Map<String, String> write(Path folder, int count, int size, long seed) throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(seed);
		Map<String, String> classes = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String name = String.format("shape-%05d.dcm", i);
			int shape = i % SyntheticShapes.CLASSES.size();
			Files.write(folder.resolve(name), dicom(values(SyntheticShapes.draw(shape, size, random), random), size,
					"1.2.826.0.1.3680043.10.1234." + seed + "." + i));
			classes.put(name, SyntheticShapes.CLASSES.get(shape));
		}
		return classes;
	}

	/** The shape where a pixel differs from the background colour (the corner) by more than the noise can. */
	private static short[] values(BufferedImage drawn, Random random) {
		int size = drawn.getWidth();
		int background = drawn.getRGB(0, 0);
		short[] values = new short[size * size];
		int corner = random.nextInt(4);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				boolean shape = distance(drawn.getRGB(x, y), background) > 60;
				int value = (shape ? SHAPE : 0) + random.nextInt(2 * NOISE + 1) - NOISE;
				boolean metal = (corner % 2 == 0 ? x < 4 : x >= size - 4) && (corner < 2 ? y < 4 : y >= size - 4);
				values[y * size + x] = (short) (metal ? METAL : value);
			}
		}
		return values;
	}

	private static double distance(int a, int b) {
		int dr = ((a >> 16) & 255) - ((b >> 16) & 255);
		int dg = ((a >> 8) & 255) - ((b >> 8) & 255);
		int db = (a & 255) - (b & 255);
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}

	private static byte[] dicom(short[] values, int size, String uid) throws IOException {
		String ctImage = "1.2.840.10008.5.1.4.1.1.2";
		String explicitLittle = "1.2.840.10008.1.2.1";
		ByteArrayOutputStream meta = new ByteArrayOutputStream();
		element(meta, 0x0002, 0x0001, "OB", new byte[] { 0, 1 });
		element(meta, 0x0002, 0x0002, "UI", uid(ctImage));
		element(meta, 0x0002, 0x0003, "UI", uid(uid));
		element(meta, 0x0002, 0x0010, "UI", uid(explicitLittle));
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(new byte[128]);
		file.write("DICM".getBytes(StandardCharsets.US_ASCII));
		element(file, 0x0002, 0x0000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
				.putInt(meta.size()).array());
		meta.writeTo(file);
		element(file, 0x0008, 0x0016, "UI", uid(ctImage));
		element(file, 0x0008, 0x0018, "UI", uid(uid));
		element(file, 0x0008, 0x0060, "CS", text("CT"));
		element(file, 0x0010, 0x0010, "PN", text("Synthetic^Shapes"));
		element(file, 0x0028, 0x0002, "US", unsigned(1));
		element(file, 0x0028, 0x0004, "CS", text("MONOCHROME2"));
		element(file, 0x0028, 0x0010, "US", unsigned(size));
		element(file, 0x0028, 0x0011, "US", unsigned(size));
		element(file, 0x0028, 0x0100, "US", unsigned(16));
		element(file, 0x0028, 0x0101, "US", unsigned(16));
		element(file, 0x0028, 0x0102, "US", unsigned(15));
		element(file, 0x0028, 0x0103, "US", unsigned(1));
		element(file, 0x0028, 0x1050, "DS", text("50"));
		element(file, 0x0028, 0x1051, "DS", text("250"));
		element(file, 0x0028, 0x1052, "DS", text("0"));
		element(file, 0x0028, 0x1053, "DS", text("1"));
		ByteBuffer pixels = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (short value : values) {
			pixels.putShort(value);
		}
		element(file, 0x7FE0, 0x0010, "OW", pixels.array());
		return file.toByteArray();
	}

	/** One explicit VR little endian element; OB and OW have a 4-byte length after two reserved bytes. */
	private static void element(ByteArrayOutputStream out, int group, int element, String vr, byte[] value) {
		boolean longLength = vr.equals("OB") || vr.equals("OW");
		ByteBuffer header = ByteBuffer.allocate(longLength ? 12 : 8).order(ByteOrder.LITTLE_ENDIAN);
		header.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII));
		if (longLength) {
			header.putShort((short) 0).putInt(value.length);
		} else {
			header.putShort((short) value.length);
		}
		out.writeBytes(header.array());
		out.writeBytes(value);
	}

	/** Text values are padded to an even length with a space, UIDs with a zero byte. */
	private static byte[] text(String value) {
		return (value.length() % 2 == 0 ? value : value + " ").getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] uid(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
		return bytes.length % 2 == 0 ? bytes : java.util.Arrays.copyOf(bytes, bytes.length + 1);
	}

	private static byte[] unsigned(int value) {
		return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array();
	}
}
