/** The briefing file: scenes as JSON, read strictly with every problem named, written whole or not at all. */
package org.sirocco.briefing.io;
