package org.labelbench.core.secure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.labelbench.core.UserConfig;
import org.labelbench.store.InvalidInputException;

/**
 * The headless password provider of Labelbench's secure storage files: the master password is a random key in
 * {@code secure-storage.key} of the user's Labelbench folder ({@link UserConfig}), made on first use with permissions
 * {@code rw-------} and refused when others can read or write it, as ssh refuses such keys.
 * <p>
 * Each secure storage file names the provider it was written with (the id of its extension), so the bundles that
 * keep secrets each declare their own extension with this class: team-server passwords and datastore secrets keep
 * the ids they were saved under, and one key file serves both.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

	static final String FILE_NAME = "secure-storage.key";

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		return new PBEKeySpec(read(UserConfig.directory().resolve(FILE_NAME)).toCharArray());
	}

	/**
	 * Opens a secure storage file of the user's Labelbench folder without prompting, so the workbench, the command
	 * line and tests behave alike; the key file is made, or checked, first.
	 *
	 * @param fileName the storage file in {@link UserConfig#directory()}
	 * @param providerId the id of the extension that declares this provider for the storage
	 * @param node the node of the storage to return
	 */
	public static ISecurePreferences open(String fileName, String providerId, String node) {
		Path file = UserConfig.directory().resolve(fileName);
		read(UserConfig.directory().resolve(FILE_NAME));
		try {
			ISecurePreferences storage = SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(
					IProviderHints.REQUIRED_MODULE_ID, providerId, IProviderHints.PROMPT_USER, Boolean.FALSE));
			if (storage == null) {
				throw new UncheckedIOException(new IOException("secure storage " + file + " cannot be opened"));
			}
			return storage.node(node);
		} catch (IOException e) {
			throw new UncheckedIOException("secure storage " + file + " cannot be opened: " + e.getMessage(), e);
		}
	}

	/** @return the master password, made when there is none yet */
	static String read(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (!OWNER_ONLY.containsAll(permissions)) {
				throw new InvalidInputException("the master password file " + file + " can be used by other users ("
						+ PosixFilePermissions.toString(permissions) + "): make it rw------- (chmod 600)");
			}
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the master password file " + file + ": " + e.getMessage(), e);
		}
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(EnumSet
				.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)));
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		try {
			Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			Files.createLink(file, temp); // appears complete, and only once
		} catch (FileAlreadyExistsException e) {
			// another process made it meanwhile: use theirs
		} finally {
			Files.delete(temp);
		}
	}
}
