package org.labelbench.datastore.azure.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of the Datastores dialog, from {@code messages.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.labelbench.datastore.azure.ui.internal.messages"; //$NON-NLS-1$

	public static String Datastores_title;
	public static String Datastores_heading;
	public static String Datastores_message;
	public static String Datastores_name;
	public static String Datastores_container;
	public static String Datastores_account;
	public static String Datastores_endpoint;
	public static String Datastores_credential;
	public static String Datastores_secret;
	public static String Datastores_test;
	public static String Datastores_remove;
	public static String Datastores_add;
	public static String Datastores_addGroup;
	public static String Datastores_accountHint;
	public static String Datastores_endpointHint;
	public static String Datastores_connectionString;
	public static String Datastores_accountKey;
	public static String Datastores_sas;
	public static String Datastores_loading;
	public static String Datastores_testing;
	public static String Datastores_adding;
	public static String Datastores_removing;
	public static String Datastores_works;
	public static String Datastores_added;
	public static String Datastores_removed;
	public static String Datastores_fails;
	public static String Datastores_secretNote;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
