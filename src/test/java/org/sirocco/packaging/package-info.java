/** Checks of the packaged app image, run by {@code mvn -Ppackage verify} once the image is built. */
package org.sirocco.packaging;
