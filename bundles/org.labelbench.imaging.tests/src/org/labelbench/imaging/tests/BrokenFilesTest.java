package org.labelbench.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.testsupport.ImageFixtures;
import org.labelbench.testsupport.ImageFixtures.Fixture;

/** Truncated, mislabelled, unsupported and oversized files are refused with a reason a user understands. */
class BrokenFilesTest {

	@TempDir
	Path temp;

	@TestFactory
	Stream<DynamicTest> brokenFilesAreRefusedWithTheReason() {
		return ImageFixtures.all().stream().filter(Fixture::broken)
				.map(f -> DynamicTest.dynamicTest(f.file() + ": " + f.error(), () -> check(f)));
	}

	private void check(Fixture fixture) throws Exception {
		ImageSource source = Decoding.fixture(fixture.file(), temp);
		ImageDecodeException decode = assertThrows(ImageDecodeException.class, () -> Decoding.decoder().decode(source));
		assertTrue(decode.getMessage().contains(fixture.error()), "reason: " + decode.getMessage());
		ImageDecodeException verify = assertThrows(ImageDecodeException.class, () -> Decoding.decoder().verify(source));
		assertEquals(decode.getMessage(), verify.getMessage(), "verify gives the same reason");
	}

	/** The command line keeps stderr for its own one-line errors: PixelMed must not print there. */
	@Test
	void decodingPrintsNothingOnStderr() throws Exception {
		java.io.PrintStream err = System.err;
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(printed, true));
		try {
			for (Fixture fixture : ImageFixtures.all()) {
				try {
					Decoding.decoder().verify(Decoding.fixture(fixture.file(), temp.resolve(fixture.file() + "-dir")));
				} catch (ImageDecodeException e) {
					assertTrue(fixture.broken(), fixture.file() + ": " + e.getMessage());
				}
			}
		} finally {
			System.setErr(err);
		}
		assertEquals("", printed.toString());
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		Path empty = Files.write(temp.resolve("empty.png"), new byte[0]);
		assertEquals("empty file", assertThrows(ImageDecodeException.class,
				() -> Decoding.decoder().facts(ImageSource.of(empty))).getMessage());
	}

	@Test
	void thePixelLimitCountsEveryFrameAndIsCheckedBeforeDecoding() throws Exception {
		ImageDecoder small = ImageDecoder.create(2000);
		assertEquals("too large: 32x24 pixels x 3 frames is more than the limit of 2,000 pixels",
				assertThrows(ImageDecodeException.class,
						() -> small.decode(Decoding.fixture("multiframe.dcm", temp))).getMessage());
		assertEquals(1200, small.facts(Decoding.fixture("rgb.png", temp)).pixels(), "within the limit");
		assertEquals("too large: 100000x100000 pixels is more than the limit of 100,000,000 pixels",
				assertThrows(ImageDecodeException.class,
						() -> Decoding.decoder().decode(Decoding.fixture("huge.png", temp))).getMessage());
	}

	@Test
	void aMissingFileIsAnIoErrorNotABrokenImage() {
		assertThrows(java.io.IOException.class,
				() -> Decoding.decoder().decode(ImageSource.of(temp.resolve("gone.png"))));
	}
}
