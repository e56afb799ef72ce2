package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labelbench.ui.tests.WorkbenchViews.label;
import static org.labelbench.ui.tests.WorkbenchViews.perspective;
import static org.labelbench.ui.tests.WorkbenchViews.press;
import static org.labelbench.ui.tests.WorkbenchViews.projectNames;
import static org.labelbench.ui.tests.WorkbenchViews.select;
import static org.labelbench.ui.tests.WorkbenchViews.show;
import static org.labelbench.ui.tests.WorkbenchViews.tiles;
import static org.labelbench.ui.tests.WorkbenchViews.visible;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ServerLogin;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.Role;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.TeamServer;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.ui.internal.UserSettings;

/**
 * The workbench started as {@code labelbench --server URL --user NAME} against a Derby Network Server on 127.0.0.1,
 * with the password {@code labelbench server login} kept in secure storage (of a test-only {@code labelbench.config}
 * folder): the labeler lia sees only her project, starts in the Labeling perspective, and her label is on the server.
 * A wrong password, or none, gets one message naming the server and the user, and no workbench window.
 */
class ServerLoginTest {

	private static final char[] BOSS = "boss-secret-1".toCharArray();
	private static final String SECRET = "Secret";
	private static final String TASK = "org.labelbench.ui.part.labeling";
	private static final String LABELING = "org.labelbench.ui.perspective.labeling";

	@TempDir
	static Path temp;
	private static TeamServer server;
	private static String configBefore;

	/** Shapes (lia and max label it) and Secret on the server, set up by its administrator boss. */
	@BeforeAll
	static void startServer() throws Exception {
		assertTrue(ServerLogin.password().isEmpty(), "no $LABELBENCH_PASSWORD, which would override the stored password");
		configBefore = System.getProperty(UserSettings.FOLDER_PROPERTY);
		System.setProperty(UserSettings.FOLDER_PROPERTY, temp.resolve("config").toString()); // secure storage too
		server = TeamServer.start(temp.resolve("team"), "127.0.0.1", 0, "boss", BOSS);
		try (Workspace admin = open("boss", BOSS)) {
			ShapesWorkspace.create(admin, temp);
			admin.projects().create(new ProjectSpec(SECRET, "image-multiclass", temp.resolve("shapes"),
					List.of("cat", "dog"), null, null), new NullProgressMonitor());
			for (String labeler : List.of("lia", "max", "ned")) {
				admin.members().setPassword(labeler, password(labeler));
				admin.members().add(ShapesWorkspace.PROJECT, labeler, Role.LABELER);
			}
		}
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
		if (configBefore == null) {
			System.clearProperty(UserSettings.FOLDER_PROPERTY);
		} else {
			System.setProperty(UserSettings.FOLDER_PROPERTY, configBefore);
		}
	}

	private static Workspace open(String user, char[] password) throws InterruptedException {
		return OsgiServices.get(WorkspaceService.class)
				.open(StoreLocation.server(server.url()).withPassword(user, password));
	}

	private static char[] password(String user) {
		return (user + "-pass-12").toCharArray();
	}

	@Test
	void aLabelerSignsInWithTheStoredPasswordAndHerLabelIsOnTheServer() throws Exception {
		ServerLogin.remember(server.url(), "lia", password("lia"));
		WorkbenchRobot robot = new WorkbenchRobot();
		robot.step("the Labeling perspective lists Shapes and not Secret", w -> {
			robot.saw(perspective(w) + " lists " + projectNames(w));
			return projectNames(w).equals(List.of(ShapesWorkspace.PROJECT)) && perspective(w).equals(LABELING);
		});
		robot.step("select Shapes", w -> select(w, ShapesWorkspace.PROJECT));
		robot.step("open the Task view", w -> show(w, TASK));
		robot.step("the task shows", w -> tiles(w) == 1 && visible(w, Button.class, "submit").isEnabled());
		robot.step("label the image a circle and submit", w -> press(w, "1") && press(w, "CR"));
		robot.step("My Progress counts the label", w -> label(w, "myProgress").startsWith("lia: 1 labeled by you"));

		Object result = robot.run("--server", server.url(), "--user", "lia");

		robot.assertAllDone();
		assertEquals(0, result, "the workbench exits normally");
		try (Workspace admin = open("boss", BOSS)) {
			List<String> byLia = admin.review().list(ShapesWorkspace.PROJECT, ReviewFilter.ALL, 0, 10).stream()
					.filter(e -> "lia".equals(e.labeler())).map(ReviewEntry::classes).map(Object::toString).toList();
			assertEquals(List.of("[circle]"), byLia, "lia's label is on the server, under her name");
		}
	}

	@Test
	void aWrongStoredPasswordIsRefusedInOneMessageAndNoWindowOpens() throws Exception {
		ServerLogin.remember(server.url(), "max", "not-his".toCharArray());

		List<String> seen = signIn("max");

		assertEquals(List.of("Labelbench cannot open " + server.url() + ": the server " + server.url()
				+ " refused user 'max': wrong user name or password"), seen);
	}

	@Test
	void noPasswordIsRefusedInOneMessageSayingHowToGiveOne() throws Exception {
		List<String> seen = signIn("ned");

		assertEquals(1, seen.size(), "one message and no window: " + seen);
		assertTrue(seen.get(0).startsWith("Labelbench cannot open " + server.url() + ": the server " + server.url()
				+ " refused user 'ned': wrong user name or password (no password was found"), seen.get(0));
	}

	/**
	 * Starts the workbench on the server as {@code user}, answers the messages it shows with OK and notes them.
	 *
	 * @return the messages shown, and "a workbench window opened" if one did
	 */
	private static List<String> signIn(String user) throws Exception {
		Display display = Display.getDefault();
		List<String> seen = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 45_000;
		Runnable[] watch = new Runnable[1];
		watch[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isVisible()) {
					continue;
				}
				if (shell.getData("modelElement") instanceof MWindow) {
					seen.add("a workbench window opened");
					Widgets.close(shell);
				} else {
					seen.add(Widgets.findAll(shell, Label.class).stream().map(Label::getText)
							.filter(t -> !t.isBlank()).collect(Collectors.joining(" | ")));
					shell.close(); // OK
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(200, watch[0]);
			}
		};
		display.timerExec(500, watch[0]);
		Object result = new E4Application().start(new TestApplicationContext("--server", server.url(), "--user", user));
		assertEquals(0, result, "the workbench ends by itself, without a window");
		return seen;
	}
}
