package org.labelbench.datastore.azure.tests;

import java.nio.file.Path;

import com.azure.storage.blob.BlobContainerClient;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Initialization;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.datastore.azure.AzureDatastore.Credential;
import org.labelbench.datastore.azure.AzureDatastores;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.OsgiServices;




/** A workspace, a container of its own on Azurite and a datastore registered on it. */
abstract class AzureFixture {

	@TempDir
	Path temp;
	Workspace workspace;
	AzureDatastores datastores;
	BlobContainerClient container;
	String store;

	@BeforeEach
	void setUpAzure() throws Exception {
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		datastores = OsgiServices.get(AzureDatastores.class);
		container = Azurite.newContainer();
		store = "s-" + container.getBlobContainerName();
		datastores.add(datastore(store, container.getBlobContainerName(), Credential.CONNECTION_STRING),
				Azurite.connectionString());
	}

	@AfterEach
	void tearDownAzure() {
		workspace.close();
		if (store != null) {
			datastores.find(store).ifPresent(d -> datastores.remove(d.name()));
			container.deleteIfExists();
		}
	}

	static AzureDatastore datastore(String name, String container, Credential credential) {
		return new AzureDatastore(name, Azurite.ACCOUNT, container, Azurite.endpoint(), credential);
	}

	Initialization create(String name, String type, String location, String... labels) {
		return workspace.projects().create(new ProjectSpec(name, type, null, null, null, java.util.List.of(labels), null,
				null, null, location), new NullProgressMonitor());
	}
}
