package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.labelbench.store.DatasetRepository;
import org.labelbench.store.ItemStore;
import org.labelbench.store.MemberRepository;
import org.labelbench.store.MlModelRepository;
import org.labelbench.store.MlRunRepository;
import org.labelbench.store.ProjectRepository;
import org.labelbench.store.Store;

/** A store over one Derby database; closing it releases this user's share of the database. */
public final class DerbyStore implements Store {

	private final ConnectionSource source;
	private final Runnable release;
	private final int schemaVersion;
	private final ProjectRepository projects;
	private final ItemStore items;
	private final DatasetRepository datasets;
	private final MlRunRepository mlRuns;
	private final MlModelRepository mlModels;
	private final MemberRepository members;
	private final String user;
	private boolean closed;

	DerbyStore(ConnectionSource source, String user, Runnable release) {
		this.user = user;
		this.source = source;
		this.release = release;
		Transactions tx = new Transactions(source);
		this.schemaVersion = tx.run("upgrade the database schema", Schema::upgrade);
		DerbyProjectRepository projectRepository = new DerbyProjectRepository(tx);
		this.projects = projectRepository;
		this.items = new DerbyItemStore(tx, projectRepository::seed);
		this.datasets = new DerbyDatasetRepository(tx);
		this.mlRuns = new DerbyMlRunRepository(tx);
		this.mlModels = new DerbyMlModelRepository(tx);
		this.members = new DerbyMemberRepository(tx);
		members.adoptFirstAdmin(user);
	}

	/** Used by tests that inspect the database directly. */
	public Connection connect() throws SQLException {
		return source.connect();
	}

	@Override
	public ProjectRepository projects() {
		return projects;
	}

	@Override
	public ItemStore items() {
		return items;
	}

	@Override
	public DatasetRepository datasets() {
		return datasets;
	}

	@Override
	public MlRunRepository mlRuns() {
		return mlRuns;
	}

	@Override
	public MlModelRepository mlModels() {
		return mlModels;
	}

	@Override
	public MemberRepository members() {
		return members;
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public Access access() {
		return source.access();
	}

	@Override
	public int schemaVersion() {
		return schemaVersion;
	}

	@Override
	public synchronized void close() {
		if (!closed) {
			closed = true;
			release.run();
		}
	}
}
