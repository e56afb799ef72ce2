package org.labelbench.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.labelbench.core.Permission;
import org.labelbench.core.Workspace;
import org.labelbench.model.Role;
import org.labelbench.store.Member;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;
import org.labelbench.ui.internal.WorkbenchJobs;

/**
 * The members of the selected project with their roles, in the Details part: administrators add a user with a role,
 * change a role and remove members; others see that only administrators manage members. Reads and saves in jobs.
 */
final class MembersGroup {

	private final Workspace workspace;
	private final WorkbenchJobs jobs;
	private final UISynchronize sync;
	private final Table table;
	private final Text user;
	private final Combo role;
	private final Button add;
	private final Button remove;
	private final Label note;
	private String project;

	MembersGroup(Composite group, Workspace workspace, WorkbenchJobs jobs, UISynchronize sync) {
		this.workspace = workspace;
		this.jobs = jobs;
		this.sync = sync;
		table = Widgets.named(new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "members"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		for (String title : List.of(Messages.Members_user, Messages.Members_role)) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(title);
			column.setWidth(130);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(260, 90).applyTo(table);
		user = Widgets.named(new Text(group, SWT.BORDER), "memberUser"); //$NON-NLS-1$
		user.setMessage(Messages.Members_userHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(user);
		role = Widgets.named(new Combo(group, SWT.READ_ONLY), "memberRole"); //$NON-NLS-1$
		for (Role r : Role.VALUES) {
			role.add(name(r));
		}
		role.select(Role.LABELER_VALUE);
		add = Widgets.named(new Button(group, SWT.PUSH), "addMember"); //$NON-NLS-1$
		add.setText(Messages.Members_add);
		add.addListener(SWT.Selection, e -> add());
		remove = Widgets.named(new Button(group, SWT.PUSH), "removeMember"); //$NON-NLS-1$
		remove.setText(Messages.Members_remove);
		remove.addListener(SWT.Selection, e -> remove());
		table.addListener(SWT.Selection, e -> {
			if (table.getSelectionCount() == 1) {
				user.setText(table.getSelection()[0].getText(0));
				role.setText(table.getSelection()[0].getText(1));
			}
		});
		note = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(260, SWT.DEFAULT).applyTo(note);
	}

	/** Shows a project's members, read in a job; null shows none. */
	void show(String name) {
		project = name;
		if (name == null) {
			fill(List.of(), false);
			return;
		}
		Job.create(Messages.bind(Messages.Members_reading, name), (IProgressMonitor monitor) -> {
			boolean manages;
			List<Member> members;
			try {
				manages = workspace.access().allows(Permission.MANAGE, name);
				members = manages ? workspace.members().list(name) : List.of();
			} catch (RuntimeException e) {
				manages = false; // deleted meanwhile
				members = List.of();
			}
			boolean allowed = manages;
			List<Member> read = members;
			sync.asyncExec(() -> {
				if (!table.isDisposed() && java.util.Objects.equals(name, project)) {
					fill(read, allowed);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void fill(List<Member> members, boolean manages) {
		table.removeAll();
		for (Member member : members) {
			new TableItem(table, SWT.NONE).setText(new String[] { member.user(), name(member.role()) });
		}
		for (var control : List.of(table, user, role, add, remove)) {
			control.setEnabled(manages);
		}
		note.setText(project == null || manages ? "" : Messages.Members_adminsOnly); //$NON-NLS-1$
		note.getParent().layout(true, true);
	}

	private void add() {
		String name = project;
		String who = user.getText().strip();
		Role chosen = Role.get(role.getText().toUpperCase(Locale.ROOT));
		if (name == null || who.isEmpty() || chosen == null) {
			return;
		}
		jobs.run(Messages.bind(Messages.Members_adding, who, name), p -> workspace.members().add(name, who, chosen),
				() -> show(name));
	}

	private void remove() {
		String name = project;
		String who = user.getText().strip();
		if (name == null || who.isEmpty()) {
			return;
		}
		jobs.run(Messages.bind(Messages.Members_removing, who, name), p -> workspace.members().remove(name, who),
				() -> show(name));
	}

	private static String name(Role role) {
		return role.getName().toLowerCase(Locale.ROOT);
	}
}
