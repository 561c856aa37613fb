/** The interface languages: which bundle of messages and which locale for dates and numbers go with each. */
package org.sirocco.i18n;
