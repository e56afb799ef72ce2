package org.labelbench.ui.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes containers and blobs on the Azurite that ./test starts ({@code -Dlabelbench.azurite.blob}), with plain HTTP
 * requests signed with the development account's well-known key (Shared Key), so that the workbench tests need no
 * Azure SDK of their own.
 */
final class AzuriteContainers {

	static final String ACCOUNT = "devstoreaccount1";
	/** the well-known key of Azurite's development account (public, documented by Microsoft) */
	static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
	private static final String VERSION = "2021-12-02";

	private final HttpClient http = HttpClient.newHttpClient();

	static String endpoint() {
		String endpoint = System.getProperty("labelbench.azurite.blob", "");
		if (!endpoint.startsWith("http")) {
			throw new IllegalStateException("no Azurite: this test needs -Dlabelbench.azurite.blob=http://127.0.0.1:PORT/"
					+ ACCOUNT + " (./test starts Azurite and passes it in LABELBENCH_AZURITE_BLOB)");
		}
		return endpoint;
	}

	static String connectionString() {
		return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + KEY + ";BlobEndpoint="
				+ endpoint() + ";";
	}

	/** @return the name of a new, empty container */
	String newContainer() throws IOException, InterruptedException {
		String name = "ui" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		send("PUT", name, "restype=container", new byte[0], "");
		return name;
	}

	void put(String container, String blob, byte[] content) throws IOException, InterruptedException {
		send("PUT", container + "/" + blob, null, content, "x-ms-blob-type:BlockBlob\n");
	}

	/** @param extraHeaders canonical x-ms headers besides date and version, each "name:value\n", sorted */
	private void send(String verb, String path, String query, byte[] body, String extraHeaders)
			throws IOException, InterruptedException {
		String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
		URI uri = URI.create(endpoint() + "/" + path + (query == null ? "" : "?" + query));
		String headers = extraHeaders + "x-ms-date:" + date + "\nx-ms-version:" + VERSION + "\n";
		String resource = "/" + ACCOUNT + uri.getRawPath()
				+ (query == null ? "" : "\n" + query.replace("=", ":").toLowerCase(Locale.ROOT));
		String toSign = verb + "\n\n\n" + (body.length == 0 ? "" : body.length) + "\n\napplication/octet-stream\n"
				+ "\n\n\n\n\n\n" + headers + resource;
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(verb, HttpRequest.BodyPublishers.ofByteArray(body))
				.header("Content-Type", "application/octet-stream").header("x-ms-date", date)
				.header("x-ms-version", VERSION).header("Authorization", "SharedKey " + ACCOUNT + ":" + sign(toSign));
		for (String header : extraHeaders.split("\n")) {
			if (!header.isEmpty()) {
				request.header(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1));
			}
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException(verb + " " + uri + ": " + response.statusCode() + " " + response.body());
		}
	}

	private static String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}
}
