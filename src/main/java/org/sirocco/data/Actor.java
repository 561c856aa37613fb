package org.sirocco.data;

/**
 * A group, agency or force named in the dataset, with what a reader needs to know about it.
 *
 * @param name        the short name events use (AQIM, BCIJ)
 * @param fullName    the full name (Al-Qaeda in the Islamic Maghreb)
 * @param kind        group, agency, force, state-body or person
 * @param description one or two neutral sentences
 */
public record Actor(String name, String fullName, String kind, String description) {
}
