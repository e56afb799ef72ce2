package org.labelbench.datastore.azure.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.testsupport.TestData;

/** Local files uploaded to the datastore while a project is created: in parallel, cancellable, resumable. */
class AzureUploadTest extends AzureFixture {

	private static final int FILES = 2000;

	/** Cancels once a share of the work is done, as a job's Cancel button would. */
	private static final class CancelAfter extends NullProgressMonitor {
		private final int percent;
		private final AtomicInteger worked = new AtomicInteger();
		private volatile int total = Integer.MAX_VALUE;

		CancelAfter(int percent) {
			this.percent = percent;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			if (worked.addAndGet(work) * 100L >= (long) total * percent) {
				setCanceled(true);
			}
		}
	}

	private ProjectSpec spec(Path folder) {
		return new ProjectSpec("uploaded", "image-multiclass", folder, null, null, List.of("a", "b"), null, null, null,
				null, "azure://" + store);
	}

	private Map<String, String> uploadedEtags() {
		return container.listBlobs(new ListBlobsOptions().setPrefix("Labeling/upload/uploaded/"), null).stream()
				.collect(Collectors.toMap(BlobItem::getName, b -> b.getProperties().getETag()));
	}

	@Test
	void twoThousandFilesAreUploadedAndACanceledUploadResumesWithoutDuplicates() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("local"));
		for (int i = 0; i < FILES; i++) {
			TestData.write(folder.resolve(String.format("part%d/img%04d.png", i % 4, i)), TestData.PNG);
		}
		Files.writeString(folder.resolve("notes.txt"), "not an image: not uploaded");

		assertThrows(OperationCanceledException.class, () -> workspace.projects().create(spec(folder),
				new CancelAfter(15)));
		assertTrue(workspace.projects().list().isEmpty(), "no project after a cancellation");
		Map<String, String> before = uploadedEtags();
		assertTrue(before.size() >= 300 && before.size() < FILES, before.size() + " uploaded before the cancellation");

		long start = System.nanoTime();
		ProjectStatus status = workspace.projects().create(spec(folder), new NullProgressMonitor()).status();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("upload of %d more files and initialization: %.1f s%n", FILES - before.size(), seconds);

		assertEquals(FILES, status.items().total());
		Map<String, String> after = uploadedEtags();
		assertEquals(FILES, after.size(), "every file once, nothing else");
		before.forEach((name, etag) -> assertEquals(etag, after.get(name), name + " was not uploaded again"));
		assertTrue(after.containsKey("Labeling/upload/uploaded/part3/img1999.png"));
		try (var in = workspace.review().open("uploaded", "Labeling/upload/uploaded/part0/img0000.png")) {
			assertEquals(TestData.PNG.length, in.readAllBytes().length);
		}
	}

	@Test
	void anUploadNeedsALocalFolder() {
		var e = assertThrows(org.labelbench.store.InvalidInputException.class, () -> workspace.projects().create(
				spec(temp.resolve("missing")), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("needs a local folder"), e.getMessage());
	}
}
