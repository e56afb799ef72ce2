package org.labelbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.MlModelRepository.StoredModel;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.internal.DerbyStore;

/** Each project's latest trained model, kept whole in the database: replaced at once, read back as written. */
class MlModelRepositoryTest {

	@TempDir
	Path temp;

	@Test
	void aNewModelReplacesTheOldOneAndItsFilesReadBackAsWrittenAfterReopening() throws Exception {
		byte[] first = bytes(3_000, 1);
		byte[] second = bytes(70_000, 7);
		long project;
		StoredModel replaced;
		StoredModel latest;
		try (Store store = Stores.factory().open(StoreLocation.workspace(temp.resolve("ws")))) {
			project = store.projects().create(Stores.project("birds", "owl", "hawk")).id();
			long other = store.projects().create(Stores.project("fish", "cod")).id();
			assertEquals(Optional.empty(), store.mlModels().latest(project, "classifier"));
			replaced = store.mlModels().replace(project, "classifier", 11, "classes=owl\\nhawk\n", file("a", first));
			latest = store.mlModels().replace(project, "classifier", 12, "classes=owl\\nhawk\n", file("b", second));
			store.mlModels().replace(other, "classifier", 13, "classes=cod\n", file("c", first));
			store.mlModels().replace(project, "detector", 14, "classes=owl\n", file("d", first));
			assertNotEquals(replaced.id(), latest.id());
			assertFalse(store.mlModels().copyFiles(replaced, temp.resolve("gone.zip")), "the old model is gone");
		}
		try (Store store = Stores.factory().open(StoreLocation.workspace(temp.resolve("ws")))) {
			StoredModel read = store.mlModels().latest(project, "classifier").orElseThrow();
			assertEquals(latest, read);
			assertEquals(12, read.validationRun());
			assertEquals(second.length, read.size());
			assertTrue(store.mlModels().copyFiles(read, temp.resolve("copy.zip")));
			assertArrayEquals(second, Files.readAllBytes(temp.resolve("copy.zip")));
			assertEquals(14, store.mlModels().latest(project, "detector").orElseThrow().validationRun(),
					"the detector is kept apart from the classifier");
			store.projects().delete(project);
			assertEquals(Optional.empty(), store.mlModels().latest(project, "classifier"), "gone with its project");
		}
	}

	@Test
	void damagedStoredFilesAreRefusedWithTheReason() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(temp.resolve("ws")))) {
			long project = store.projects().create(Stores.project("birds", "owl")).id();
			StoredModel model = store.mlModels().replace(project, "classifier", 1, "", file("a", bytes(5_000, 3)));
			try (Connection c = ((DerbyStore) store).connect();
					PreparedStatement ps = c.prepareStatement("UPDATE ML_MODEL SET FILES = ? WHERE ID = ?")) {
				ps.setBytes(1, bytes(5_000, 4));
				ps.setLong(2, model.id());
				ps.executeUpdate();
				c.commit();
			}
			InvalidInputException e = assertThrows(InvalidInputException.class,
					() -> store.mlModels().copyFiles(model, temp.resolve("copy.zip")));
			assertTrue(e.getMessage().contains("its stored files (model " + model.id() + ") are damaged"),
					e.getMessage());
		}
	}

	private Path file(String name, byte[] content) throws Exception {
		return Files.write(temp.resolve(name + ".zip"), content);
	}

	private static byte[] bytes(int size, int seed) {
		byte[] bytes = new byte[size];
		new java.util.Random(seed).nextBytes(bytes);
		return bytes;
	}
}
