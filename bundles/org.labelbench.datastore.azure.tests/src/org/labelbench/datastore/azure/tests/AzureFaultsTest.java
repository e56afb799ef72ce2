package org.labelbench.datastore.azure.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.labelbench.core.Verification;
import org.labelbench.datastore.azure.AzureDatastore.Credential;
import org.labelbench.model.ItemState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.testsupport.Annotations;

/** Wrong credentials, missing containers and blobs, and awkward blob names: each with a clear error per item. */
class AzureFaultsTest extends AzureFixture {

	@Test
	void wrongCredentialsAreRefusedAndNothingIsRegistered() {
		String wrongKey = Azurite.KEY.substring(0, 10) + "AAAA" + Azurite.KEY.substring(14);
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> datastores.add(
				datastore("wrong", container.getBlobContainerName(), Credential.ACCOUNT_KEY), wrongKey));
		assertTrue(e.getMessage().contains("datastore 'wrong'") && e.getMessage().contains("refused the credentials"),
				e.getMessage());
		assertTrue(datastores.find("wrong").isEmpty());
	}

	@Test
	void anAccountKeyWorksAndTheSecretIsNeverStoredInClear() throws Exception {
		datastores.add(datastore("bykey", container.getBlobContainerName(), Credential.ACCOUNT_KEY), Azurite.KEY);
		try {
			assertEquals(Credential.ACCOUNT_KEY, datastores.get("bykey").credential());
			Path config = Path.of(System.getProperty("labelbench.config"));
			String stored = Files.readString(config.resolve("datastores.secure"));
			assertTrue(stored.contains("bykey"), "registered in secure storage");
			assertFalse(stored.contains(Azurite.KEY) || stored.contains(Azurite.KEY.substring(0, 20)),
					"the key is encrypted");
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
					config.resolve("secure-storage.key"))), "the master password is the user's alone");
		} finally {
			datastores.remove("bykey");
		}
		assertTrue(datastores.find("bykey").isEmpty());
	}

	@Test
	void aMissingContainerIsNamed() {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> datastores.add(
				datastore("nocontainer", "no-such-container", Credential.CONNECTION_STRING), Azurite.connectionString()));
		assertTrue(e.getMessage().contains("container 'no-such-container' does not exist"), e.getMessage());

		container.delete(); // registered, then deleted: a project cannot be made on it, and none is left behind
		InvalidInputException late = assertThrows(InvalidInputException.class,
				() -> create("gone", "image-multiclass", "azure://" + store + "/**", "a"));
		assertTrue(late.getMessage().contains("does not exist"), late.getMessage());
		assertTrue(workspace.projects().list().isEmpty());
	}

	@Test
	void anUnknownDatastoreIsNamed() {
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> create("x", "image-multiclass", "azure://nobody/images/**", "a"));
		assertTrue(e.getMessage().contains("datastore 'nobody' is not registered"), e.getMessage());
	}

	@Test
	void aBlobDeletedAfterListingIsAnItemErrorAndLabelingGoesOn() throws Exception {
		byte[] png = Azurite.png(temp, 8, 8);
		Azurite.put(container, "img/a.png", png);
		Azurite.put(container, "img/b.png", png);
		create("p", "image-multiclass", "azure://" + store + "/img/**", "a");
		container.getBlobClient("img/a.png").delete();

		List<Verification.Failure> failures = new ArrayList<>();
		Verification.Result result = workspace.verification().verify("p", true, failures::add, new NullProgressMonitor());
		assertEquals(1, result.failed());
		assertEquals("img/a.png", failures.get(0).location());
		assertTrue(failures.get(0).reason().contains("deleted after it was listed"), failures.get(0).reason());
		List<ItemRecord> task = workspace.labeling().claimTask("p", "ann", 9, java.time.Duration.ofMinutes(5));
		assertEquals(List.of("img/b.png"), task.stream().map(ItemRecord::location).toList(), "the rest is labeled");
	}

	@Test
	void awkwardBlobNamesAreItemsOrClearItemErrors() throws Exception {
		byte[] png = Azurite.png(temp, 8, 8);
		String spaces = "odd/with spaces and  two.png";
		String unicode = "odd/ünïcødé/日本語 ✓.png";
		String longName = "odd/" + "x".repeat(1000 - "odd/".length() - ".png".length()) + ".png";
		String dots = "odd/../escape.png";
		for (String name : List.of(spaces, unicode, longName, dots)) {
			Azurite.put(container, name, png);
		}
		Azurite.put(container, "odd/empty.png", new byte[0]);
		assertEquals(1000, longName.length());

		create("odd", "image-bbox", "azure://" + store + "/odd/**", "a");
		long id = workspace.projects().get("odd").id();
		for (String name : List.of(spaces, unicode, longName)) {
			workspace.labeling().submit("odd", name, List.of(Annotations.box(1, 1, 4, 4, "a")), "ann");
			assertEquals(ItemState.LABELED, workspace.store().items().findByLocation(id, name).orElseThrow().state(), name);
			try (InputStream in = workspace.review().open("odd", name)) {
				assertEquals(png.length, in.readAllBytes().length, name);
			}
		}
		ItemRecord escaping = workspace.store().items().findByLocation(id, dots).orElseGet(() -> workspace.store()
				.items().findByLocation(id, "escape.png").orElseThrow(() -> new AssertionError("'..' blob not listed")));
		assertEquals(ItemState.ERROR, escaping.state());
		assertTrue(escaping.errorReason().contains("'..' segment"), escaping.errorReason());
		ItemRecord empty = workspace.store().items().findByLocation(id, "odd/empty.png").orElseThrow();
		assertEquals("empty blob", empty.errorReason());
	}
}
