package org.labelbench.datastore.azure.internal;

import java.util.regex.Pattern;

import org.labelbench.store.InvalidInputException;

/**
 * A data location in a datastore, {@code azure://DATASTORE/PATTERN}: {@code path/**} is everything below path,
 * {@code **}{@code /*.*} (or nothing) everything in the container, {@code path/*.png} the PNG blobs directly in path. A
 * path without a wildcard is a virtual folder and takes everything below it. Listing asks the service for the part
 * before the first wildcard (the prefix) and matches the rest here.
 *
 * @param datastore the datastore's name
 * @param pattern the path pattern as given, without a leading slash
 * @param prefix what every matching blob name starts with: "" or a folder ending with '/'
 */
record BlobLocation(String datastore, String pattern, String prefix, Pattern glob) {

	static final String SCHEME = "azure://";

	/** @throws InvalidInputException naming the location and what is wrong with it */
	static BlobLocation parse(String location) {
		if (!location.startsWith(SCHEME)) {
			throw new InvalidInputException("'" + location + "' is not an Azure Blob location: azure://DATASTORE/path/**");
		}
		String rest = location.substring(SCHEME.length());
		int slash = rest.indexOf('/');
		String datastore = slash < 0 ? rest : rest.substring(0, slash);
		String pattern = slash < 0 ? "" : rest.substring(slash + 1);
		if (datastore.isEmpty()) {
			throw new InvalidInputException("location '" + location + "' names no datastore: azure://DATASTORE/path/**");
		}
		for (String segment : pattern.split("/", -1)) {
			if (segment.equals("..") || segment.equals(".")) {
				throw new InvalidInputException("location '" + location + "' has a '" + segment + "' segment");
			}
		}
		return of(datastore, pattern);
	}

	/** @return the location of a pattern in a datastore, as stored in a project's data source */
	static BlobLocation of(String datastore, String pattern) {
		int wildcard = firstWildcard(pattern);
		if (wildcard < 0) {
			String folder = pattern.isEmpty() || pattern.endsWith("/") ? pattern : pattern + "/";
			return new BlobLocation(datastore, pattern, folder, null);
		}
		String prefix = pattern.substring(0, pattern.lastIndexOf('/', wildcard) + 1);
		return new BlobLocation(datastore, pattern, prefix, Pattern.compile(regex(pattern.substring(prefix.length()))));
	}

	/** @return whether a blob name (which starts with the prefix) is in this location */
	boolean matches(String blobName) {
		return blobName.startsWith(prefix) && (glob == null || glob.matcher(blobName.substring(prefix.length())).matches());
	}

	/** @return whether this location names one CSV blob (no wildcard), which holds a text item per record */
	boolean csv() {
		return glob == null && !pattern.isEmpty() && !pattern.endsWith("/") && pattern.toLowerCase(java.util.Locale.ROOT)
				.endsWith(".csv");
	}

	String uri() {
		return SCHEME + datastore + "/" + pattern;
	}

	private static int firstWildcard(String pattern) {
		int star = pattern.indexOf('*');
		int question = pattern.indexOf('?');
		return star < 0 ? question : question < 0 ? star : Math.min(star, question);
	}

	/** {@code **}{@code /} any folders (or none), {@code **} anything, {@code *} within a folder, {@code ?} one character */
	private static String regex(String glob) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < glob.length(); i++) {
			char c = glob.charAt(i);
			if (glob.startsWith("**/", i)) {
				regex.append("(?:.*/)?");
				i += 2;
			} else if (glob.startsWith("**", i)) {
				regex.append(".*");
				i++;
			} else if (c == '*') {
				regex.append("[^/]*");
			} else if (c == '?') {
				regex.append("[^/]");
			} else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return regex.toString();
	}
}
