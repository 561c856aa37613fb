/**
 * The import dialog: the preview of a file as Sirocco events (the detected format and date form, the column and
 * category mappings, every problem by line and column), the user's choices, the import itself with its progress and
 * Cancel, and the merge into the open dataset with its likely duplicates to keep or skip.
 */
package org.sirocco.exchange.ui;
