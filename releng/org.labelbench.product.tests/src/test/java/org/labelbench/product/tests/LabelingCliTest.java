package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;

/** The labeling workflow through the command line, as an admin's script drives it. */
class LabelingCliTest extends WorkspaceCliTest {

	@Test
	void boxesAreSavedOnlyWhenValid() throws Exception {
		Path data = Product.images(temp.resolve("images"), 3);
		ok("project", "create", "--name", "cars", "--type", "image-bbox", "--data", data.toString(), "--labels", "car,bus");
		assertEquals("saved img1.png\n", ok("label", "cars", "img1.png", "--box", "0,0,1,1,car", "--box",
				"0.25,0.25,0.5,0.5,bus").out());
		bad("item 'img2.png': annotation 1 has size 0.0x1.0; a box needs a positive width and height", "label", "cars",
				"img2.png", "--box", "0,0,0,1,car");
		bad("item 'img2.png': annotation 1 (box 0.0,0.0 2.0x2.0) goes outside the 1x1 image", "label", "cars",
				"img2.png", "--box", "0,0,2,2,car");
		bad("--box '1,2,3,car' must be x,y,width,height,CLASS", "label", "cars", "img2.png", "--box", "1,2,3,car");
		JsonNode project = json("project", "show", "cars");
		assertEquals(1, project.get("items").get("labeled").asLong());
		assertEquals(1, project.get("labels").get("bus").asLong());
	}

	@Test
	void textRowsAreLabeledByTheirRecordNumber() throws Exception {
		Path csv = Files.writeString(temp.resolve("reviews.csv"), "id,text\n1,great\n2,\"bad,\nreally\"\n3,\n");
		Result created = ok("project", "create", "--name", "reviews", "--type", "text-multilabel", "--data",
				csv.toString(), "--text-column", "text", "--labels", "pos,neg");
		assertEquals("Created project reviews (text-multilabel): 3 items, 1 with errors\n", created.out());
		assertEquals("saved 2\n", ok("label", "reviews", "2", "--class", "neg", "--class", "pos").out());
		bad("item '3' cannot be labeled: row 3 has no text in column 'text'", "label", "reviews", "3", "--class", "pos");
		bad("project 'reviews' has no item '4'", "label", "reviews", "4", "--class", "pos");
	}

	@Test
	void manyItemsFromJsonLinesEachReportedAfterItsCommit() throws Exception {
		Path data = Product.images(temp.resolve("images"), 4);
		ok("project", "create", "--name", "lines", "--type", "image-bbox", "--data", data.toString(), "--labels",
				"car,bus");
		String lines = String.join("\n",
				"{\"item\": \"img1.png\", \"boxes\": [{\"class\": \"car\", \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1}]}",
				"not json",
				"{\"item\": \"img9.png\", \"boxes\": []}",
				"",
				"{\"item\": \"img2.png\", \"boxes\": [{\"class\": \"car\", \"x\": 0, \"y\": 0, \"width\": 0, \"height\": 1}]}",
				"{\"item\": \"sub/img3.png\", \"boxes\": [{\"class\": \"bus\", \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1}],"
						+ " \"labeler\": \"someone\", \"origin\": \"human\"}") + "\n";
		Result result = Product.cli(java.util.Map.of(), lines, withWorkspace("label", "lines", "--from", "-"));
		assertEquals(1, result.exit(), result.err());
		assertEquals("saved img1.png\nsaved sub/img3.png\n", result.out());
		assertEquals(List.of("line 2 is not JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array,"
				+ " Object or token 'null', 'true' or 'false')",
				"line 3: project 'lines' has no item 'img9.png'",
				"line 5: item 'img2.png': annotation 1 has size 0.0x1.0; a box needs a positive width and height",
				"3 of 5 lines not saved"), result.errLines());
		JsonNode project = json("project", "show", "lines");
		assertEquals(2, project.get("items").get("labeled").asLong());
	}

	@Test
	void claimSkipReviewAndReject() throws Exception {
		Path data = Product.images(temp.resolve("images"), 4);
		ok("project", "create", "--name", "pets", "--type", "image-multiclass", "--data", data.toString(), "--labels",
				"cat,dog");
		JsonNode task = json("claim", "pets", "--size", "2");
		assertEquals(2, task.get("items").size());
		assertEquals("in_task", task.get("items").get(0).get("state").asText());
		String first = task.get("items").get(0).get("item").asText();
		String second = task.get("items").get(1).get("item").asText();
		ok("label", "pets", first, "--class", "cat");
		assertEquals("skipped " + second + "\n", ok("skip", "pets", second).out());
		JsonNode review = json("review", "list", "pets", "--class", "cat");
		assertEquals(first, review.get("items").get(0).get("item").asText());
		assertEquals(System.getProperty("user.name"), review.get("items").get(0).get("labeler").asText());
		ok("review", "reject", "pets", first, "--reason", "it is a dog");
		JsonNode items = json("project", "show", "pets").get("items");
		assertEquals(0, items.get("labeled").asLong());
		assertEquals(1, items.get("skipped").asLong());
		assertEquals(1, items.get("rejected").asLong());
		assertEquals(4, items.get("unlabeled").asLong());
		bad("option --reason is required for 'review reject'", "review", "reject", "pets", first);
		ok("project", "pause", "pets");
		bad("project 'pets' is PAUSED; labeling needs it RUNNING", "label", "pets", first, "--class", "dog");
	}

	@Test
	void classesAreAddedInTheChosenMode() throws Exception {
		Path data = Product.images(temp.resolve("images"), 2);
		ok("project", "create", "--name", "pets", "--type", "image-multiclass", "--data", data.toString(), "--labels",
				"cat,dog");
		ok("label", "pets", "img0.png", "--class", "cat");
		JsonNode kept = Product.cli("--workspace", workspace(), "--json", "labels", "add", "pets", "--label", "bird",
				"--mode", "continue").json();
		assertEquals(1, kept.get("items").get("labeled").asLong());
		assertTrue(kept.get("labels").has("bird"));
		JsonNode cleared = Product.cli("--workspace", workspace(), "--json", "labels", "add", "pets", "--label", "fish",
				"--mode", "restart-clear").json();
		assertEquals(0, cleared.get("items").get("labeled").asLong());
		bad("unknown mode 'later' (known: restart-clear, restart-keep, continue)", "labels", "add", "pets", "--label",
				"cow", "--mode", "later");
	}

	@Test
	void datasetsRefreshAndDeletion() throws Exception {
		Path data = Product.images(temp.resolve("images"), 2);
		ok("dataset", "create", "--name", "street", "--data", data.toString(), "--description", "street photos");
		assertEquals("file", json("dataset", "show", "street").get("kind").asText());
		ok("project", "create", "--name", "one", "--type", "image-bbox", "--dataset", "street", "--labels", "car");
		ok("project", "create", "--name", "two", "--type", "image-polygon", "--dataset", "street", "--labels", "car");
		Files.write(data.resolve("new.png"), Product.PNG);
		assertEquals("Added 1 new items to one\n", ok("refresh", "one").out());
		assertEquals(0, json("refresh", "one").get("added").asLong());
		assertEquals(3, json("project", "show", "one").get("items").get("total").asLong());
		assertTrue(json("project", "set", "one", "--refresh-interval", "1d").get("lastRefresh").isTextual());
		bad("--refresh-interval 'soon' is not a duration such as 30m, 12h, 1d or PT30M", "project", "set", "one",
				"--refresh-interval", "soon");
		bad("deleting project 'two' removes its 2 items and 0 labeled items for good; add --yes to confirm", "project",
				"delete", "two");
		assertEquals("Deleted project two\n", ok("project", "delete", "two", "--yes").out());
		bad("project name 'two' is already used", "project", "create", "--name", "two", "--type", "image-bbox",
				"--dataset", "street", "--labels", "car");
	}

	@Test
	void exportsWriteTheLabelsAndSayWhatTheyWrote() throws Exception {
		Path data = Product.images(temp.resolve("images"), 2);
		ok("project", "create", "--name", "cars", "--type", "image-bbox", "--data", data.toString(), "--labels", "car");
		ok("label", "cars", "img1.png", "--box", "0,0,1,1,car");
		Path coco = temp.resolve("cars.json");
		assertEquals("Exported 1 items with 1 annotations of cars as coco to " + coco + "\n",
				ok("export", "cars", "--format", "coco", "--out", coco.toString()).out());
		JsonNode written = new com.fasterxml.jackson.databind.ObjectMapper().readTree(coco.toFile());
		assertEquals("img1.png", written.get("images").get(0).get("file_name").asText());
		assertEquals("[0.0,0.0,1.0,1.0]", written.get("annotations").get(0).get("bbox").toString());
		JsonNode summary = json("export", "cars", "--format", "manifest", "--out", temp.resolve("cars.jsonl").toString());
		assertEquals(1, summary.get("items").asLong());
		assertEquals(1, Files.readAllLines(temp.resolve("cars.jsonl")).size());
		bad("format 'csv' exports text projects; project 'cars' is a image project", "export", "cars", "--format", "csv",
				"--out", temp.resolve("x.csv").toString());
	}
}
