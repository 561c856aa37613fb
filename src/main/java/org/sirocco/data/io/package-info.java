/**
 * Reading and writing the dataset's files: strict JSON through Gson, every problem reported as
 * {@code file:line: event <id>: <field>: what is wrong}. Gson stays in this package and in {@code geo.io};
 * the rest of the code sees domain records.
 */
package org.sirocco.data.io;
