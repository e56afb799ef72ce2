package org.labelbench.emfgen;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless replacement for "Generate Model Code" on a .genmodel, using EMF's generator API outside Eclipse.
 *
 * <p>Usage: {@code GenerateModel <reactorRoot> [bundleDir/model/x.genmodel ...]}. Without explicit genmodels, every
 * {@code bundles/*}{@code /model/*.genmodel} under the root is generated. Each folder {@code bundles/<name>} is mapped
 * to {@code platform:/resource/<name>/}, exactly as an Eclipse workspace would see it, so the genmodel's
 * {@code modelDirectory="/org.labelbench.model/src-gen"} lands in {@code bundles/org.labelbench.model/src-gen}.
 *
 * <p>Existing Java files are merged with JMerge (needs org.eclipse.jdt.core on the classpath), so members whose
 * javadoc says {@code @generated NOT} (or that lost their {@code @generated} tag) survive regeneration.
 *
 * <p>Outside Eclipse the generator writes with the JVM default charset and, for new files, the JVM line separator, so
 * this program insists on UTF-8 ({@code -Dfile.encoding=UTF-8}, set by the pom) and uses LF for new files.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
			// AbstractGeneratorAdapter.getEncoding() is null outside Eclipse -> String.getBytes() with the default charset
			System.err.println("emfgen: ERROR default charset is " + Charset.defaultCharset()
					+ "; run with -Dfile.encoding=UTF-8 (non-ASCII model text would become '?')");
			System.exit(2);
		}
		// new files get System.getProperty("line.separator") outside Eclipse; existing files keep their own delimiter
		System.setProperty("line.separator", "\n");
		if (EMFPlugin.IS_ECLIPSE_RUNNING) {
			throw new IllegalStateException("expected to run outside an OSGi/Eclipse runtime");
		}

		// 1. workspace emulation: platform:/resource/<bundle>/ -> <root>/bundles/<bundle>/
		Path bundles = root.resolve("bundles");
		try (Stream<Path> dirs = Files.list(bundles)) {
			for (Path dir : dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
				EcorePlugin.getPlatformResourceMap().put(dir.getFileName().toString(),
						URI.createFileURI(dir.toString() + File.separator));
			}
		}

		// 2. the genmodels to generate
		List<Path> genModels = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			genModels.add(root.resolve(args[i]).normalize());
		}
		if (genModels.isEmpty()) {
			try (Stream<Path> files = Files.list(bundles)) {
				for (Path dir : files.sorted().collect(Collectors.toList())) {
					Path model = dir.resolve("model");
					if (Files.isDirectory(model)) {
						try (Stream<Path> m = Files.list(model)) {
							m.filter(p -> p.toString().endsWith(".genmodel")).sorted().forEach(genModels::add);
						}
					}
				}
			}
		}
		if (genModels.isEmpty()) {
			throw new IllegalArgumentException("no bundles/*/model/*.genmodel under " + root);
		}

		// 3. the generator adapters that the extension point contributes inside Eclipse
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		int errors = 0;
		for (Path genModelPath : genModels) {
			errors += generate(bundles, genModelPath);
		}
		System.out.printf("emfgen: %d genmodel(s), %.1f s%n", genModels.size(), (System.nanoTime() - start) / 1e9);
		if (errors > 0) {
			System.exit(1);
		}
	}

	private static int generate(Path bundles, Path genModelPath) throws IOException {
		Path rel = bundles.relativize(genModelPath);
		URI genModelURI = URI.createPlatformResourceURI(rel.toString().replace(File.separatorChar, '/'), true);
		System.out.println("emfgen: " + genModelURI);

		TrackingURIConverter uriConverter = new TrackingURIConverter();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.setURIConverter(uriConverter);
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore" -> the ecore jar
		uriConverter.getURIMap().put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
				URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString()));

		Resource resource = resourceSet.getResource(genModelURI, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		String project = URI.createURI(genModel.getModelDirectory()).segment(0);
		if (!EcorePlugin.getPlatformResourceMap().containsKey(project)) {
			System.out.println("emfgen: ERROR modelDirectory " + genModel.getModelDirectory() + " names project '"
					+ project + "', but there is no folder bundles/" + project);
			return 1;
		}

		// same as opening the genmodel in the editor: pick up ecore changes (new/removed classes, features, ...)
		genModel.reconcile();
		genModel.setCanGenerate(true);
		saveIfReconciled(resource);

		int errors = 0;
		for (GenPackage genPackage : genModel.getGenPackages()) {
			EPackage ePackage = genPackage.getEcorePackage();
			errors += report("ecore " + ePackage.getNsURI(), Diagnostician.INSTANCE.validate(ePackage));
		}
		errors += report("genmodel", genModel.diagnose());
		if (errors > 0) {
			return errors;
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		JControlModel jControlModel = generator.getJControlModel();
		if (jControlModel.getFacadeHelper() == null) {
			// facadeHelperClass unusable (e.g. facadeHelperClass="" in the genmodel): JMerge would be off, every file
			// overwritten and @generated NOT edits lost. (Without jdt.core on the classpath at all, getJControlModel()
			// already throws NoClassDefFoundError org/eclipse/jdt/core/dom/rewrite/TargetSourceRangeComputer.)
			System.out.println("emfgen: ERROR no JMerge facade helper (" + genModel.getFacadeHelperClass() + ")");
			return 1;
		}
		if (!genModel.isCodeFormatting()) {
			applyProjectFormatterSettings(jControlModel, genModel);
		}
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		errors += report("generate", result);

		// files under the model directory that were neither read (merge target) nor written are stale, e.g. after a
		// class was removed from the .ecore; the IDE leaves them too, but we at least say so
		URI srcGen = EcorePlugin.resolvePlatformResourcePath(genModel.getModelDirectory() + "/");
		if (srcGen != null && srcGen.isFile()) {
			Path srcGenDir = Path.of(srcGen.toFileString());
			Set<String> stale = new TreeSet<>();
			try (Stream<Path> files = Files.walk(srcGenDir)) {
				files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
					if (!uriConverter.touched.contains(p.toAbsolutePath().normalize().toString())) {
						stale.add(srcGenDir.relativize(p).toString());
					}
				});
			}
			for (String s : stale) {
				System.out.println("emfgen: WARNING stale file (not produced by the genmodel): " + s);
			}
			System.out.printf("emfgen: %s: %d file(s) written, %d Java file(s) unchanged%n", genModel.getModelDirectory(),
					uriConverter.written.size(), uriConverter.readOnly().size());
		}
		return errors;
	}

	/**
	 * The .genmodel is the IDE's "reload": classes, features and literals added to the .ecore get their Gen* objects.
	 * Saving it keeps the committed .genmodel in step with the .ecore; an unchanged model is not rewritten.
	 */
	private static void saveIfReconciled(Resource resource) throws IOException {
		Path file = Path.of(EcorePlugin.resolvePlatformResourcePath(resource.getURI().toPlatformString(true)).toFileString());
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		resource.save(out, Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));
		byte[] bytes = out.toByteArray();
		if (!java.util.Arrays.equals(bytes, Files.readAllBytes(file))) {
			Files.write(file, bytes);
			System.out.println("emfgen: updated " + file.getFileName() + " from the .ecore");
		}
	}

	/**
	 * In the IDE, Generator.getJControlModel() takes tab character, tab size and brace position from the model
	 * project's JDT options; outside Eclipse it gets JavaCore's defaults (tab, 4, end_of_line). Apply the project's
	 * .settings/org.eclipse.jdt.core.prefs the same way, so a project-specific formatter gives the same output here.
	 */
	private static void applyProjectFormatterSettings(JControlModel jControlModel, GenModel genModel)
			throws IOException {
		URI projectURI = EcorePlugin.getPlatformResourceMap().get(URI.createURI(genModel.getModelDirectory()).segment(0));
		if (projectURI == null || !projectURI.isFile()) {
			return;
		}
		Path prefsFile = Path.of(projectURI.toFileString(), ".settings", "org.eclipse.jdt.core.prefs");
		if (!Files.isRegularFile(prefsFile)) {
			return;
		}
		Properties prefs = new Properties();
		try (Reader reader = Files.newBufferedReader(prefsFile, StandardCharsets.ISO_8859_1)) {
			prefs.load(reader);
		}
		String tabChar = prefs.getProperty("org.eclipse.jdt.core.formatter.tabulation.char", "tab");
		int tabSize = Integer.parseInt(prefs.getProperty("org.eclipse.jdt.core.formatter.tabulation.size", "4"));
		String brace = prefs.getProperty("org.eclipse.jdt.core.formatter.brace_position_for_type_declaration",
				"end_of_line");
		jControlModel.setLeadingTabReplacement("tab".equals(tabChar) ? "\t" : " ".repeat(tabSize));
		jControlModel.setConvertToStandardBraceStyle("end_of_line".equals(brace));
		System.out.println("emfgen: formatter settings from " + prefsFile + ": " + tabChar + "/" + tabSize + "/" + brace);
	}

	private static int report(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() == Diagnostic.OK) {
			return 0;
		}
		print(what, diagnostic, "");
		return diagnostic.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
	}

	private static void print(String what, Diagnostic d, String indent) {
		String sev = d.getSeverity() >= Diagnostic.ERROR ? "ERROR"
				: d.getSeverity() >= Diagnostic.WARNING ? "WARNING" : "INFO";
		if (d.getMessage() != null) {
			System.out.println("emfgen: " + indent + sev + " " + what + ": " + d.getMessage());
		}
		for (Diagnostic child : d.getChildren()) {
			print(what, child, indent + "  ");
		}
	}

	/** Records which local files the generator reads and writes. */
	private static final class TrackingURIConverter extends ExtensibleURIConverterImpl {
		final Set<String> touched = new TreeSet<>();
		final Set<String> written = new TreeSet<>();

		private String file(URI uri) {
			URI n = normalize(uri);
			return n.isFile() ? Path.of(n.toFileString()).toAbsolutePath().normalize().toString() : null;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			String f = file(uri);
			if (f != null) {
				touched.add(f);
			}
			return super.createInputStream(uri, options);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			String f = file(uri);
			if (f != null) {
				touched.add(f);
				written.add(f);
			}
			return super.createOutputStream(uri, options);
		}

		Set<String> readOnly() {
			Set<String> r = new TreeSet<>(touched);
			r.removeAll(written);
			r.removeIf(s -> !s.endsWith(".java"));
			return r;
		}
	}
}
