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
	void aClosedWorkspaceIsNotOpenedAgainByAJobThatOutlivedIt() throws Exception {
		Store closed;
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			store.projects().create(Stores.project("late", "owl"));
			closed = store;
		}
		org.labelbench.store.StoreException e = assertThrows(org.labelbench.store.StoreException.class,
				() -> closed.projects().find("late"));
		assertTrue(e.getMessage().contains("is closed"), e.getMessage());
		// the database stayed shut down: another store in this process opens it as its owner, and it reads the project
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			assertEquals(Store.Access.OWNER, store.access());
			assertTrue(store.projects().nameUsed("late"));
		}
		assertThrows(org.labelbench.store.StoreException.class, () -> closed.projects().list());
		assertFalse(Files.exists(workspace.resolve("db").resolve("db.lck")), "nobody holds the database after both closed");
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
