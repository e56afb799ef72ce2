package org.labelbench.datastore.azure.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of Azurite, as a flaky network would be: it counts the bytes sent back to the client, and
 * while {@link #cut} is set it drops every connection that sends a request naming a blob, after some bytes of that
 * request have gone through (the middle of an upload's body).
 */
final class CuttingProxy implements AutoCloseable {

	private final ServerSocket server;
	private final URI upstream;
	private final AtomicLong toClient = new AtomicLong();
	private final AtomicInteger cuts = new AtomicInteger();
	private volatile String cutName;
	private volatile long cutAfter;

	CuttingProxy(String endpoint) throws IOException {
		upstream = URI.create(endpoint);
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(this::accept, "cutting proxy");
		accept.setDaemon(true);
		accept.start();
	}

	/** @return the blob endpoint through this proxy */
	String endpoint() {
		return "http://127.0.0.1:" + server.getLocalPort() + upstream.getPath();
	}

	/** Drops connections whose request names {@code blobName} after {@code bytes} of it; null heals the network. */
	void cut(String blobName, long bytes) {
		cutName = blobName;
		cutAfter = bytes;
	}

	/** @return the bytes the service has sent to clients through the proxy so far */
	long bytesToClient() {
		return toClient.get();
	}

	/** @return how many connections were dropped */
	int cuts() {
		return cuts.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket service = new Socket(upstream.getHost(), upstream.getPort());
				pump("to service", client, service, true);
				pump("to client", service, client, false);
			} catch (IOException e) {
				return; // closed
			}
		}
	}

	private void pump(String name, Socket from, Socket to, boolean request) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			String recent = "";
			long allowed = -1; // bytes left before the cut, once a request named the blob
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n; (n = in.read(buffer)) >= 0;) {
					String cutting = cutName;
					if (request && cutting != null && allowed < 0) {
						String seen = recent + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
						if (seen.contains(cutting)) {
							allowed = cutAfter;
						}
						recent = seen.substring(Math.max(0, seen.length() - 1024)); // a name split between reads
					}
					int send = allowed >= 0 ? (int) Math.min(n, allowed) : n;
					out.write(buffer, 0, send);
					out.flush();
					if (!request) {
						toClient.addAndGet(n);
					}
					if (allowed >= 0 && (allowed -= send) <= 0) {
						cuts.incrementAndGet();
						from.setSoLinger(true, 0); // a reset, as a dropped network gives
						from.close();
						to.close();
						return;
					}
				}
			} catch (IOException e) {
				// the other side closed
			} finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "cutting proxy " + name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// closing anyway
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
