package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A team through the command line: a workspace served by {@code server start} in its own process, an administrator
 * and a labeler signing in with passwords from the environment, roles and assignment obeyed.
 */
class TeamCliTest {

	private static final Map<String, String> BOSS = Map.of("LABELBENCH_USER", "boss", "LABELBENCH_PASSWORD",
			"boss-pass-1");
	private static final Map<String, String> LIA = Map.of("LABELBENCH_USER", "lia", "LABELBENCH_PASSWORD",
			"lia-pass-12");

	@TempDir
	Path temp;

	@Test
	void aLabelerOnTheTeamServerLabelsHerAssignedItemsAndNothingElse() throws Exception {
		String ws = temp.resolve("team").toString();
		Path data = Product.images(temp.resolve("images"), 4);
		assertEquals(0, Product.cli("--workspace", ws, "project", "create", "--name", "pets", "--type",
				"image-multiclass", "--data", data.toString(), "--labels", "cat,dog").exit());
		try (Product.TeamServer server = Product.server(ws, "boss", BOSS, temp.resolve("server.err"))) {
			String url = server.url();
			assertEquals(0, Product.cli(BOSS, "lia-pass-12\n", "--server", url, "user", "password", "lia",
					"--password-stdin").exit());
			assertEquals("lia is labeler of project pets\n",
					Product.cli(BOSS, null, "--server", url, "member", "add", "pets", "lia", "--role", "labeler").out());
			JsonNode members = new ObjectMapper().readTree(
					Product.cli(BOSS, null, "--server", url, "--json", "member", "list", "pets").out());
			assertEquals("lia", members.get("members").get(0).get("user").asText());
			assertEquals(0, Product.cli(BOSS, null, "--server", url, "assign", "pets", "img2.png", "--to", "lia").exit());

			assertEquals("img2.png\n", Product.cli(LIA, null, "--server", url, "claim", "pets").out(),
					"her assigned item first");
			assertEquals("saved img2.png\n",
					Product.cli(LIA, null, "--server", url, "label", "pets", "img2.png", "--class", "cat").out());
			Result export = Product.cli(LIA, null, "--server", url, "export", "pets", "--format", "coco", "--out",
					temp.resolve("pets.json").toString());
			assertEquals(2, export.exit());
			assertEquals("labelbench: error: user 'lia' may not export project 'pets': a labeler labels only\n",
					export.err());
			assertEquals(2, Product.cli(LIA, null, "--server", url, "labels", "add", "pets", "--label", "bird",
					"--mode", "continue").exit());
			Result wrong = Product.cli(Map.of("LABELBENCH_USER", "lia", "LABELBENCH_PASSWORD", "not-hers"), null,
					"--server", url, "claim", "pets");
			assertEquals(3, wrong.exit());
			assertTrue(wrong.err().contains("refused user 'lia': wrong user name or password"), wrong.err());

			assertEquals(0, Product.cli(BOSS, null, "--server", url, "member", "remove", "pets", "lia").exit());
			Result claim = Product.cli(LIA, null, "--server", url, "claim", "pets");
			assertEquals(2, claim.exit());
			assertEquals("labelbench: error: user 'lia' may not label project 'pets': not a member of it\n",
					claim.err());
		}
	}
}
