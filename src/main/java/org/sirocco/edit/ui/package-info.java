/**
 * The curator's windows: the event editor (every field of the schema, each problem shown at its field as you type,
 * warnings that do not stop a save) and the comparison of two versions of the dataset.
 */
package org.sirocco.edit.ui;
