/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Refresh Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.RefreshSettings#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.labelbench.model.RefreshSettings#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link org.labelbench.model.RefreshSettings#getLastRefresh <em>Last Refresh</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getRefreshSettings()
 * @model
 * @generated
 */
public interface RefreshSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.labelbench.model.LabelbenchPackage#getRefreshSettings_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.labelbench.model.RefreshSettings#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Interval Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval Minutes</em>' attribute.
	 * @see #setIntervalMinutes(int)
	 * @see org.labelbench.model.LabelbenchPackage#getRefreshSettings_IntervalMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getIntervalMinutes();

	/**
	 * Sets the value of the '{@link org.labelbench.model.RefreshSettings#getIntervalMinutes <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Minutes</em>' attribute.
	 * @see #getIntervalMinutes()
	 * @generated
	 */
	void setIntervalMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Last Refresh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Refresh</em>' attribute.
	 * @see #setLastRefresh(Date)
	 * @see org.labelbench.model.LabelbenchPackage#getRefreshSettings_LastRefresh()
	 * @model
	 * @generated
	 */
	Date getLastRefresh();

	/**
	 * Sets the value of the '{@link org.labelbench.model.RefreshSettings#getLastRefresh <em>Last Refresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Refresh</em>' attribute.
	 * @see #getLastRefresh()
	 * @generated
	 */
	void setLastRefresh(Date value);

} // RefreshSettings
