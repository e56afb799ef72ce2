package org.labelbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.model.ProjectState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;

class ProjectRepositoryTest {

	@TempDir
	Path workspace;

	@Test
	void projectIsStoredAndSurvivesReopening() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			ProjectRecord created = store.projects().create(Stores.project("birds", "owl", "hawk"));
			store.projects().setState(created.id(), ProjectState.RUNNING);
			assertEquals(Store.Access.OWNER, store.access(), "the first process owns the embedded database");
		}
		assertFalse(Files.exists(workspace.resolve("server.properties")), "the owner withdraws its server on close");
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			ProjectRecord found = store.projects().find("birds").orElseThrow();
			assertEquals(ProjectState.RUNNING, found.project().getState());
			assertEquals("hawk", found.project().getLabelClasses().get(1).getName());
			assertEquals(1, store.projects().list().size());
		}
	}

	@Test
	void aProjectNameIsUsedOnce() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			store.projects().create(Stores.project("cats", "tabby"));
			InvalidInputException e = assertThrows(InvalidInputException.class,
					() -> store.projects().create(Stores.project("cats", "siamese")));
			assertTrue(e.getMessage().contains("'cats' is already used"), e.getMessage());
			assertTrue(store.projects().nameUsed("cats"));
			assertFalse(store.projects().nameUsed("dogs"));
		}
	}

	@Test
	void classesAndInstructionsCanChangeAfterCreation() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			ProjectRecord record = store.projects().create(Stores.project("fish", "cod"));
			record.project().getLabelClasses().add(Stores.project("x", "haddock").getLabelClasses().get(0));
			store.projects().update(record);
			assertEquals(2, store.projects().find("fish").orElseThrow().project().getLabelClasses().size());
		}
	}

	@Test
	void aBadServerUrlIsBadInput() throws Exception {
		var factory = Stores.factory();
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> factory.open(StoreLocation.server("http://nowhere")));
		assertTrue(e.getMessage().contains("derby://host:port/database"), e.getMessage());
	}
}
