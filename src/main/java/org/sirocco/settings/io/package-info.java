/** The settings file: JSON read leniently (a damaged file is set aside, never fatal) and written whole or not at all. */
package org.sirocco.settings.io;
