package org.labelbench.core.internal;

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
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.labelbench.store.InvalidInputException;

/**
 * The headless password provider of the secure storage that keeps team-server passwords: the master password is a
 * random key in {@code secure-storage.key} of the user's Labelbench folder, made on first use with permissions
 * {@code rw-------} and refused when others can read it (the same file and rules as the Azure datastores' storage).
 */
public final class ServerKeyFile extends PasswordProvider {

	/** the provider's id: this bundle's id and the extension's */
	static final String MODULE_ID = "org.labelbench.core.serverKeyFile";
	static final String FILE_NAME = "secure-storage.key";

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		return new PBEKeySpec(read(UserConfig.directory().resolve(FILE_NAME)).toCharArray());
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
