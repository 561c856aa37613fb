/**
 * What the app remembers between runs (the files opened lately), kept in one small file in the user's
 * configuration folder of each system.
 */
package org.sirocco.settings;
