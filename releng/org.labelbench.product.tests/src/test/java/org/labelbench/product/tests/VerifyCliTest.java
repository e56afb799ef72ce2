package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code project verify} in the assembled product, on a folder of every image fixture (bundles/org.labelbench.testsupport):
 * the ImageIO codecs PixelMed needs are found there as they are in the OSGi tests, and exactly the broken files are
 * reported.
 */
class VerifyCliTest {

	static final Path FIXTURES = Path.of(System.getProperty("labelbench.imageFixtures"));

	@TempDir
	Path temp;

	/** @return the broken files' names; every fixture is copied into {@code good/} or {@code broken/} */
	private Set<String> mixedFolder(Path data) throws Exception {
		Set<String> broken = new TreeSet<>();
		for (String line : Files.readAllLines(FIXTURES.resolve("index.tsv"))) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String[] columns = line.split("\t");
			boolean bad = "error".equals(columns[1]);
			Path target = data.resolve(bad ? "broken" : "good").resolve(columns[0]);
			Files.createDirectories(target.getParent());
			Files.copy(FIXTURES.resolve(columns[0]), target);
			if (bad) {
				broken.add("broken/" + columns[0]);
			}
		}
		Files.write(data.resolve("empty.png"), new byte[0]);
		broken.add("empty.png");
		return broken;
	}

	@Test
	void verifyReportsExactlyTheBrokenFiles() throws Exception {
		String ws = temp.resolve("ws").toString();
		Path data = temp.resolve("mixed");
		Set<String> broken = mixedFolder(data);
		long good;
		try (var files = Files.list(data.resolve("good"))) {
			good = files.count();
		}
		assertEquals(0, Product.cli("--workspace", ws, "project", "create", "--name", "mixed", "--type", "image-bbox",
				"--data", data.toString(), "--labels", "lesion").exit());

		Result verify = Product.cli("--workspace", ws, "project", "verify", "mixed");
		assertEquals(1, verify.exit(), "failures found: " + verify.err());
		assertEquals("", verify.err(), "nothing on stderr but a failing command's error");
		List<String> lines = new ArrayList<>(List.of(verify.out().split("\n")));
		String summary = lines.remove(lines.size() - 1);
		Set<String> reported = new TreeSet<>();
		for (String line : lines) {
			reported.add(line.substring(0, line.indexOf(": ")));
		}
		assertEquals(broken, reported, verify.out());
		assertTrue(verify.out().contains("broken/MR_small_jpeg_ls.dcm: JPEG-LS lossless compression"), verify.out());
		assertTrue(verify.out().contains("broken/truncated.jpg: truncated"), verify.out());
		assertEquals("Verified mixed: " + good + " decoded, " + broken.size() + " failed; " + (broken.size() - 1)
				+ " taken out of the queue", summary, "the empty file was in error since the project was created");

		Result json = Product.cli("--workspace", ws, "--json", "project", "verify", "mixed");
		assertEquals(1, json.exit());
		JsonNode result = json.json();
		assertEquals(good, result.get("decoded").asLong());
		assertEquals(broken.size(), result.get("failed").asLong());
		assertEquals(0, result.get("markedError").asLong(), "already out of the queue");
		assertEquals("error", result.get("failures").get(0).get("state").asText());
		assertEquals(broken.size(), Product.cli("--workspace", ws, "--json", "project", "show", "mixed").json()
				.get("items").get("error").asLong());
	}

	@Test
	void shapesOnDicomAreCheckedAgainstItsSize() throws Exception {
		String ws = temp.resolve("ws").toString();
		Path data = temp.resolve("scans");
		Files.createDirectories(data);
		Files.copy(FIXTURES.resolve("MR_small_jp2klossless.dcm"), data.resolve("mr.dcm"));
		Files.copy(FIXTURES.resolve("MR_small_jpeg_lossless_sv1.dcm"), data.resolve("mr-ll.dcm"));
		assertEquals(0, Product.cli("--workspace", ws, "project", "create", "--name", "scans", "--type", "image-bbox",
				"--data", data.toString(), "--labels", "lesion").exit());
		Result clean = Product.cli("--workspace", ws, "project", "verify", "scans");
		assertEquals(0, clean.exit(), clean.err());
		assertEquals("Verified scans: 2 decoded, 0 failed\n", clean.out());
		assertEquals(0, Product.cli("--workspace", ws, "label", "scans", "mr.dcm", "--box", "0,0,64,64,lesion").exit());
		Result outside = Product.cli("--workspace", ws, "label", "scans", "mr-ll.dcm", "--box", "1,1,64,2,lesion");
		assertEquals(2, outside.exit());
		assertEquals("labelbench: error: item 'mr-ll.dcm': annotation 1 (box 1.0,1.0 64.0x2.0) goes outside the 64x64"
				+ " image\n", outside.err());
	}
}
