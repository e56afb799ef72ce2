package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.model.DataKind;
import org.labelbench.store.InvalidInputException;

class TaskTypeRegistryTest {

	@Test
	void theSixBuiltInTypesAreContributions() throws Exception {
		TaskTypeRegistry registry = Services.get(TaskTypeRegistry.class);
		List<String> builtIn = registry.all().stream().filter(t -> t.contributor().equals("org.labelbench.core"))
				.map(TaskType::id).toList();
		assertEquals(List.of("image-multiclass", "image-multilabel", "image-bbox", "image-polygon", "text-multiclass",
				"text-multilabel"), builtIn);
		TaskType bbox = registry.require("image-bbox");
		assertEquals(DataKind.IMAGE, bbox.dataKind());
		assertEquals("bounding-box", bbox.annotationKind());
		assertTrue(bbox.multiLabel());
		assertFalse(registry.require("text-multiclass").multiLabel());
		assertEquals(DataKind.TEXT, registry.require("text-multiclass").dataKind());
	}

	@Test
	void aPluginAddsATypeWithoutTouchingCore() throws Exception {
		TaskTypeRegistry registry = Services.get(TaskTypeRegistry.class);
		TaskType keypoint = registry.require("test-keypoint");
		assertEquals("org.labelbench.core.tests", keypoint.contributor());
		assertEquals("keypoint", keypoint.annotationKind());
		assertTrue(registry.validator(keypoint) instanceof AcceptEverything);
	}

	@Test
	void anUnknownTypeNamesTheKnownOnes() throws Exception {
		TaskTypeRegistry registry = Services.get(TaskTypeRegistry.class);
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> registry.require("image-foo"));
		assertTrue(e.getMessage().startsWith("unknown task type 'image-foo' (known: image-multiclass, "), e.getMessage());
	}
}
