package org.labelbench.datastore.azure.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.azure.storage.blob.models.BlobStorageException;

import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.store.InvalidInputException;

/** What went wrong with a request, in words a user can act on, naming the datastore and the blob. */
final class AzureErrors {

	private AzureErrors() {
	}

	/**
	 * @return an {@link InvalidInputException} for refused credentials and a missing container (the registration is
	 *         wrong), else an {@link UncheckedIOException}
	 */
	static RuntimeException of(AzureDatastore datastore, String blob, RuntimeException e) {
		if (e instanceof BlobStorageException storage) {
			String code = storage.getErrorCode() == null ? "" : storage.getErrorCode().toString();
			String why = " (" + storage.getStatusCode() + (code.isEmpty() ? "" : " " + code) + ")";
			if (storage.getStatusCode() == 403 || code.startsWith("Authentication") || code.startsWith("Authorization")) {
				return new InvalidInputException("datastore '" + datastore.name() + "': the storage account '"
						+ datastore.account() + "' refused the credentials" + why);
			}
			if ("ContainerNotFound".equals(code)) {
				return new InvalidInputException("datastore '" + datastore.name() + "': container '"
						+ datastore.container() + "' does not exist in account '" + datastore.account() + "'" + why);
			}
			if ("BlobNotFound".equals(code) || storage.getStatusCode() == 404) {
				return unchecked("blob '" + blob + "' is not in container '" + datastore.container()
						+ "' any more (deleted after it was listed?)" + why, e);
			}
			return unchecked("datastore '" + datastore.name() + "'" + (blob == null ? "" : ", blob '" + blob + "'") + ": "
					+ firstLine(storage.getMessage()) + why, e);
		}
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		return unchecked("datastore '" + datastore.name() + "' at " + datastore.endpoint() + " cannot be reached: "
				+ cause.getClass().getSimpleName() + " " + firstLine(cause.getMessage()), e);
	}

	private static UncheckedIOException unchecked(String message, RuntimeException cause) {
		return new UncheckedIOException(message, new IOException(message, cause));
	}

	static IOException io(AzureDatastore datastore, String blob, RuntimeException e) {
		RuntimeException translated = of(datastore, blob, e);
		return translated instanceof UncheckedIOException unchecked ? unchecked.getCause()
				: new IOException(translated.getMessage(), e);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return (newline < 0 ? message : message.substring(0, newline)).strip();
	}
}
