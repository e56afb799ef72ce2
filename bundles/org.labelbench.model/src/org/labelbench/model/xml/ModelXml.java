package org.labelbench.model.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.labelbench.model.LabelbenchPackage;

/**
 * Turns one model object (a project definition, a submission, an ML run) into XMI text and back, the form in which
 * the store keeps it in a single column. Objects are written with their containment tree and no identifiers, so the
 * text is independent of where the object came from.
 */
public final class ModelXml {

	private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
			XMLResource.OPTION_LINE_WIDTH, 120);

	/**
	 * Stores read one small document per row, often hundreds of thousands in an export: reusing SAX parsers and the
	 * name-to-feature lookups makes a load several times cheaper than with EMF's defaults.
	 */
	private static final Map<String, Object> LOAD_OPTIONS = Map.of(XMLResource.OPTION_USE_PARSER_POOL,
			new XMLParserPoolImpl(true), XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP,
			new java.util.concurrent.ConcurrentHashMap<>(), XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

	private ModelXml() {
	}

	/** @return the XMI text of a copy of {@code object}; the object itself stays where it is */
	public static String toXml(EObject object) {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("labelbench:object.xmi"));
		resource.getContents().add(EcoreUtil.copy(object));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, SAVE_OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * @return the object read from XMI text written by {@link #toXml(EObject)}
	 * @throws IllegalArgumentException when the text is not XMI of the expected type
	 */
	public static <T extends EObject> T fromXml(String xml, Class<T> type) {
		LabelbenchPackage.eINSTANCE.eClass(); // registers the package for the XMI loader
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("labelbench:object.xmi"));
		try {
			resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), LOAD_OPTIONS);
		} catch (IOException e) {
			throw new IllegalArgumentException("not a Labelbench model document: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
			throw new IllegalArgumentException("expected a " + type.getSimpleName() + " document");
		}
		EObject root = resource.getContents().remove(0);
		return type.cast(root);
	}
}
