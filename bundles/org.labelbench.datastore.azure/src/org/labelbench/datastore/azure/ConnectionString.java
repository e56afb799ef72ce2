package org.labelbench.datastore.azure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.labelbench.store.InvalidInputException;

/** The account and blob endpoint an Azure Storage connection string names. */
record ConnectionString(String account, String endpoint) {

	/** @throws InvalidInputException when it is no connection string (its value is never repeated in the message) */
	static ConnectionString parse(String datastore, String value) {
		Map<String, String> parts = new HashMap<>();
		for (String part : value.split(";")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				parts.put(part.substring(0, equals).strip().toLowerCase(Locale.ROOT), part.substring(equals + 1).strip());
			}
		}
		String account = parts.get("accountname");
		String endpoint = parts.get("blobendpoint");
		if (account == null && endpoint == null) {
			throw new InvalidInputException("datastore '" + datastore + "': the secret is no connection string "
					+ "(AccountName=...;AccountKey=...; or BlobEndpoint=...;SharedAccessSignature=...)");
		}
		if (endpoint == null) {
			endpoint = parts.getOrDefault("defaultendpointsprotocol", "https") + "://" + account + ".blob."
					+ parts.getOrDefault("endpointsuffix", "core.windows.net");
		}
		if (account == null) {
			String host = endpoint.replaceFirst("^[a-z]+://", "");
			account = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
		}
		return new ConnectionString(account, endpoint);
	}
}
