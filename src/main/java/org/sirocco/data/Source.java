package org.sirocco.data;

/** Where an event's facts come from. {@code date} is as the source shows it and may be null. */
public record Source(String title, String publisher, String date, String url) {
}
