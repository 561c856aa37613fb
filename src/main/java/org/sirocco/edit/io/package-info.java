/**
 * The curated dataset's files: saving it (canonical, whole or not at all, the previous version kept as
 * {@code NAME.bak}), the actors added to the catalogue in the user's data folder, and the recovery journal of edits
 * not saved yet, written within seconds of each change and offered back after a crash.
 */
package org.sirocco.edit.io;
