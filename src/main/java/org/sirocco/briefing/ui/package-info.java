/** The scene panel, where a briefing officer builds, names, orders and revisits a briefing's scenes. */
package org.sirocco.briefing.ui;
