package org.labelbench.store;

/** An open Labelbench database. Thread-safe; close it when done. */
public interface Store extends AutoCloseable {

	/** How this process reaches the database. */
	enum Access {
		/** this process opened the database embedded and serves it to the others */
		OWNER,
		/** through the Derby Network Server of another process or of a team server */
		CLIENT
	}

	ProjectRepository projects();

	ItemStore items();

	DatasetRepository datasets();

	MlRunRepository mlRuns();

	/** @return the latest trained model of each project, kept in the database */
	MlModelRepository mlModels();

	/** @return the workspace's administrators and the projects' members */
	MemberRepository members();

	/** @return who uses the database through this store: the operating-system user, or the server's user */
	String user();

	/** @return how this process currently reaches the database; changes when it takes over from a dead owner */
	Access access();

	/** @return the schema version of the open database */
	int schemaVersion();

	@Override
	void close();
}
