package cn.govdisclosure.publication.command;

/**
 * The public version a submission became. {@code newlyPublished} is false when the submission had been published
 * before (a redelivered acceptance), in which case nothing changed.
 */
public record PublicationVersion(String creditCode, int year, int version, boolean newlyPublished) {
}
