package org.labelbench.datastore.azure;

import java.util.Locale;
import java.util.regex.Pattern;

import org.labelbench.store.InvalidInputException;

/**
 * A registered Azure Blob datastore: one container of one storage account, and how Labelbench signs in. Holds no
 * secret.
 *
 * @param name the name data locations use: {@code azure://NAME/path/**}
 * @param account the storage account
 * @param container the blob container
 * @param endpoint the account's blob endpoint, e.g. {@code https://ACCOUNT.blob.core.windows.net}
 * @param credential what kind of secret signs the requests
 */
public record AzureDatastore(String name, String account, String container, String endpoint, Credential credential) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
	/** Azure's rule: 3-63 lower-case letters, digits and single dashes, starting and ending with a letter or digit */
	private static final Pattern CONTAINER = Pattern.compile("(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");

	/** How requests to a datastore are signed. */
	public enum Credential {
		CONNECTION_STRING("connection-string"), ACCOUNT_KEY("account-key"), SAS("sas");

		private final String id;

		Credential(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

		/** @throws InvalidInputException for an unknown kind */
		public static Credential of(String id) {
			for (Credential credential : values()) {
				if (credential.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
					return credential;
				}
			}
			throw new InvalidInputException("credential '" + id + "' is not connection-string, account-key or sas");
		}
	}

	/** @throws InvalidInputException naming what is wrong */
	public AzureDatastore {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new InvalidInputException("datastore name '" + name + "' must be 1-63 lower-case letters, digits, "
					+ "'-' or '_', starting with a letter or digit");
		}
		if (container == null || !CONTAINER.matcher(container).matches()) {
			throw new InvalidInputException("datastore '" + name + "': container name '" + container + "' must be "
					+ "3-63 lower-case letters, digits and single dashes, starting and ending with a letter or digit");
		}
		if (credential == null) {
			throw new InvalidInputException("datastore '" + name + "' needs a credential kind");
		}
	}

	/**
	 * A registration as a user gives it. For a connection string the account and endpoint come from it unless given;
	 * else the endpoint is {@code https://ACCOUNT.blob.core.windows.net} unless given.
	 *
	 * @param account the storage account, or null (blank) for a connection string's
	 * @param endpoint the blob endpoint, or null (blank) for the default
	 * @throws InvalidInputException naming what is missing or malformed (never repeating the secret)
	 */
	public static AzureDatastore of(String name, String container, Credential credential, String secret,
			String account, String endpoint) {
		ConnectionString connection = credential == Credential.CONNECTION_STRING && secret != null
				? ConnectionString.parse(name, secret) : null;
		String theAccount = blank(account) ? (connection == null ? null : connection.account()) : account.strip();
		if (blank(theAccount)) {
			throw new InvalidInputException("datastore '" + name + "' needs its storage account (--account)");
		}
		String theEndpoint = !blank(endpoint) ? endpoint.strip()
				: connection != null ? connection.endpoint() : "https://" + theAccount + ".blob.core.windows.net";
		return new AzureDatastore(name, theAccount, container, theEndpoint, credential);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** @return the location of everything in the container, for {@code project create --data} */
	public String location() {
		return "azure://" + name + "/**/*.*";
	}
}
