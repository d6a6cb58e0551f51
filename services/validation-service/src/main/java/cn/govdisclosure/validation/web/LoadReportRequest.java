package cn.govdisclosure.validation.web;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A report published before this system, as it was published: its format ({@code null}: the format of the year),
 * figures by cell id and narrative parts by section key.
 */
record LoadReportRequest(String formatId, Map<String, JsonNode> figures, Map<String, String> sections) {
}
