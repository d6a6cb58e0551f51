package cn.govdisclosure.kernel.format;

/** A narrative part of the report, addressed by its key ({@code preamble}, {@code overview}, …). */
public record SectionDefinition(String key, String heading) {
}
