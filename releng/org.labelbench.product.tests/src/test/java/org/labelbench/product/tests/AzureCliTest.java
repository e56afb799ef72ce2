package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.product.tests.Product.Result;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The datastore commands in the assembled product against Azurite (./test starts it): secrets from an environment
 * variable or standard input only, a project on a container path, an export read back from the container, and
 * secrets found nowhere in clear.
 */
class AzureCliTest {

	static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	@TempDir
	Path temp;

	@Test
	void datastoresProjectsAndExportsOnAContainer() throws Exception {
		String endpoint = System.getProperty("labelbench.azurite.blob", "");
		assertTrue(endpoint.startsWith("http"), "Azurite's endpoint in LABELBENCH_AZURITE_BLOB (./test starts it)");
		String connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + KEY
				+ ";BlobEndpoint=" + endpoint + ";";
		BlobContainerClient container = new BlobServiceClientBuilder().connectionString(connection).buildClient()
				.createBlobContainer("cli" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
		for (String name : List.of("photos/a.png", "photos/sub/b.png", "other/c.png")) {
			container.getBlobClient(name).upload(BinaryData.fromBytes(Product.PNG));
		}
		String ws = temp.resolve("ws").toString();
		Map<String, String> env = Map.of("LABELBENCH_CONFIG", temp.resolve("config").toString(), "AZ_SECRET", connection);
		String c = container.getBlobContainerName();

		Result added = Product.cli(env, null, "--workspace", ws, "datastore", "add", "st", "--container", c,
				"--connection-string", "--secret-env", "AZ_SECRET");
		assertEquals(0, added.exit(), added.err());
		assertTrue(added.out().contains("azure://st/"), added.out());
		Result byKey = Product.cli(env, KEY + "\n", "--workspace", ws, "datastore", "add", "bykey", "--container", c,
				"--account", "devstoreaccount1", "--endpoint", endpoint, "--account-key", "--secret-stdin");
		assertEquals(0, byKey.exit(), byKey.err());
		Result wrong = Product.cli(env, KEY.replace('E', 'F'), "--workspace", ws, "datastore", "add", "wrong",
				"--container", c, "--account", "devstoreaccount1", "--endpoint", endpoint, "--account-key",
				"--secret-stdin");
		assertEquals(2, wrong.exit(), wrong.out());
		assertEquals(1, wrong.errLines().size(), wrong.err());
		assertTrue(wrong.err().contains("refused the credentials"), wrong.err());

		Result list = Product.cli(env, null, "--workspace", ws, "datastore", "list", "--json");
		assertEquals(0, list.exit(), list.err());
		assertEquals(2, list.json().get("datastores").size(), list.out());
		assertFalse(list.out().contains(KEY), "no secret is shown");

		Result created = Product.cli(env, null, "--workspace", ws, "project", "create", "--name", "p", "--type",
				"image-multiclass", "--data", "azure://st/photos/**", "--labels", "a,b", "--json");
		assertEquals(0, created.exit(), created.err());
		assertEquals(2, created.json().get("items").get("total").asInt(), created.out());
		Result browsed = Product.cli(env, null, "--workspace", ws, "datastore", "browse", "st", "--json");
		assertEquals(0, browsed.exit(), browsed.err());
		assertEquals("other/,photos/", String.join(",", browsed.json().get("entries").findValuesAsText("name")));
		assertEquals("azure://st/**", browsed.json().get("everythingBelow").asText());
		Result photos = Product.cli(env, null, "--workspace", ws, "datastore", "browse", "st", "photos");
		assertEquals(List.of("a.png\t" + Product.PNG.length, "sub/"), photos.out().lines().toList());
		Result nobody = Product.cli(env, null, "--workspace", ws, "datastore", "browse", "nobody");
		assertEquals(2, nobody.exit(), nobody.out());
		assertEquals(1, nobody.errLines().size(), nobody.err());
		Result dataset = Product.cli(env, null, "--workspace", ws, "dataset", "create", "--name", "ds", "--data",
				"azure://st/photos/**", "--json");
		assertEquals(0, dataset.exit(), dataset.err());
		assertEquals("azure://st/photos/**", dataset.json().get("source").asText());
		Result onDataset = Product.cli(env, null, "--workspace", ws, "project", "create", "--name", "fromds", "--type",
				"image-multilabel", "--dataset", "ds", "--labels", "a", "--json");
		assertEquals(0, onDataset.exit(), onDataset.err());
		assertEquals(2, onDataset.json().get("items").get("total").asInt(), onDataset.out());

		Result label = Product.cli(env, null, "--workspace", ws, "label", "p", "photos/sub/b.png", "--class", "b");
		assertEquals(0, label.exit(), label.err());

		Result export = Product.cli(env, null, "--workspace", ws, "export", "p", "--format", "coco", "--out",
				"azure://st", "--all-images", "--json");
		assertEquals(0, export.exit(), export.err());
		String url = export.json().get("out").asText();
		assertTrue(url.contains("/Labeling/export/coco/p/") && url.endsWith("/p.json"), url);
		String blob = url.substring(url.indexOf("Labeling/"));
		JsonNode coco = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
				container.getBlobClient(blob).downloadContent().toString());
		assertEquals(2, coco.get("images").size());
		assertEquals(1, coco.get("annotations").size());

		Path local = Product.images(temp.resolve("local"), 3);
		Result uploaded = Product.cli(env, null, "--workspace", ws, "project", "create", "--name", "up", "--type",
				"image-multiclass", "--data", local.toString(), "--upload-to", "azure://st", "--labels", "a", "--json");
		assertEquals(0, uploaded.exit(), uploaded.err());
		assertEquals(3, uploaded.json().get("items").get("total").asInt(), uploaded.out());
		assertEquals(3, container.listBlobsByHierarchy("Labeling/upload/up/").stream().count());

		Result bench = Product.cli(env, null, "--workspace", ws, "bench", "azure", "--datastore", "st", "--files", "200",
				"--json");
		assertEquals(0, bench.exit(), bench.err());
		assertTrue(bench.json().get("listNamesPerSecond").asLong() > 0, bench.out());
		assertEquals(0, container.listBlobsByHierarchy("bench/").stream().count(), "the benchmark cleans up");

		Result removed = Product.cli(env, null, "--workspace", ws, "datastore", "remove", "bykey");
		assertEquals(0, removed.exit(), removed.err());
		assertEquals(1, Product.cli(env, null, "--workspace", ws, "datastore", "list", "--json").json()
				.get("datastores").size());

		try (var files = Files.walk(temp)) { // not in the workspace, its database, logs, nor the settings
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				assertFalse(content.contains(KEY) || content.contains(KEY.substring(0, 24)), file + " holds the key");
			}
		}
		container.delete();
	}
}
