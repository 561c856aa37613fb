/** File handling every writer shares: a user's file is replaced whole or not at all. */
package org.sirocco.io;
