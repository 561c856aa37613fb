package org.sirocco.exchange;

/** Why a record of an imported file did not become an event: each is counted and reported, never silent. */
public enum SkipReason {
    /** Its type has no Sirocco category (ACLED's protests and riots, for instance). */
    NO_CATEGORY,
    /** It gives no coordinates (GTD's specificity 5, a placemark without a point). */
    NO_COORDINATES,
    /** Its point lies outside the region Sirocco maps. */
    OUTSIDE_REGION,
    /** A value could not be read (a date, a number, a required column left empty). */
    UNREADABLE,
    /** Its event breaks a rule of the dataset schema. */
    INVALID,
    /** Its id was given by an earlier record of the same file. */
    REPEATED
}
