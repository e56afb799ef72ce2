/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Submission Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.labelbench.model.LabelbenchPackage#getSubmissionSource()
 * @model
 * @generated
 */
public enum SubmissionSource implements Enumerator {
	/**
	 * The '<em><b>HUMAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUMAN_VALUE
	 * @generated
	 * @ordered
	 */
	HUMAN(0, "HUMAN", "human"),

	/**
	 * The '<em><b>PRELABEL ACCEPTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRELABEL_ACCEPTED_VALUE
	 * @generated
	 * @ordered
	 */
	PRELABEL_ACCEPTED(1, "PRELABEL_ACCEPTED", "prelabel_accepted"), /**
	 * The '<em><b>PRELABEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A prediction or an imported label that no person has reviewed yet.
	 * <!-- end-model-doc -->
	 * @see #PRELABEL_VALUE
	 * @generated
	 * @ordered
	 */
	PRELABEL(2, "PRELABEL", "prelabel"), /**
	 * The '<em><b>IMPORTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A label loaded from another tool's export as a submitted label.
	 * <!-- end-model-doc -->
	 * @see #IMPORTED_VALUE
	 * @generated
	 * @ordered
	 */
	IMPORTED(3, "IMPORTED", "imported"), /**
	 * The '<em><b>PRELABEL CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A labeler's submission for an item that showed a prelabel, with labels other than the prelabel's.
	 * <!-- end-model-doc -->
	 * @see #PRELABEL_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	PRELABEL_CHANGED(4, "PRELABEL_CHANGED", "prelabel_changed");

	/**
	 * The '<em><b>HUMAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUMAN
	 * @model literal="human"
	 * @generated
	 * @ordered
	 */
	public static final int HUMAN_VALUE = 0;

	/**
	 * The '<em><b>PRELABEL ACCEPTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRELABEL_ACCEPTED
	 * @model literal="prelabel_accepted"
	 * @generated
	 * @ordered
	 */
	public static final int PRELABEL_ACCEPTED_VALUE = 1;

	/**
	 * The '<em><b>PRELABEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A prediction or an imported label that no person has reviewed yet.
	 * <!-- end-model-doc -->
	 * @see #PRELABEL
	 * @model literal="prelabel"
	 * @generated
	 * @ordered
	 */
	public static final int PRELABEL_VALUE = 2;

	/**
	 * The '<em><b>IMPORTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A label loaded from another tool's export as a submitted label.
	 * <!-- end-model-doc -->
	 * @see #IMPORTED
	 * @model literal="imported"
	 * @generated
	 * @ordered
	 */
	public static final int IMPORTED_VALUE = 3;

	/**
	 * The '<em><b>PRELABEL CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A labeler's submission for an item that showed a prelabel, with labels other than the prelabel's.
	 * <!-- end-model-doc -->
	 * @see #PRELABEL_CHANGED
	 * @model literal="prelabel_changed"
	 * @generated
	 * @ordered
	 */
	public static final int PRELABEL_CHANGED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Submission Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SubmissionSource[] VALUES_ARRAY =
		new SubmissionSource[] {
			HUMAN,
			PRELABEL_ACCEPTED,
			PRELABEL,
			IMPORTED,
			PRELABEL_CHANGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Submission Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SubmissionSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Submission Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubmissionSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubmissionSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Submission Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubmissionSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubmissionSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Submission Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubmissionSource get(int value) {
		switch (value) {
			case HUMAN_VALUE: return HUMAN;
			case PRELABEL_ACCEPTED_VALUE: return PRELABEL_ACCEPTED;
			case PRELABEL_VALUE: return PRELABEL;
			case IMPORTED_VALUE: return IMPORTED;
			case PRELABEL_CHANGED_VALUE: return PRELABEL_CHANGED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SubmissionSource(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SubmissionSource
