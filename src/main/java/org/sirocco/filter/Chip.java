package org.sirocco.filter;

/** An active filter as the panel shows it, with what removing it does. */
public record Chip(String label, Runnable remove) {
}
