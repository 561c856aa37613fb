package org.sirocco.data.io;

/**
 * Something wrong in a file, located precisely enough for a curator to fix it by hand.
 *
 * @param file    the file's name as the user knows it
 * @param line    1-based line, or 0 when not known
 * @param eventId the event's id, or null when the problem is outside an event (or the id itself is unreadable)
 * @param field   the field at fault (a path such as {@code places[1].lat}), or null for the file as a whole
 * @param message what is wrong, in plain words
 */
public record Problem(String file, int line, String eventId, String field, String message) {

    /** {@code file:line: event <id>: <field>: message}, leaving out the parts that are not known. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (eventId != null) {
            sb.append("event ").append(eventId).append(": ");
        }
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
