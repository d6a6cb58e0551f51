package cn.govdisclosure.submission.report.importing;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The documents reports were imported from, stored once per report and content. */
@Component
class ImportedDocuments {

    private final JdbcClient jdbc;

    ImportedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(String reportId, String sha256, String fileName, String kind, byte[] content, String importedBy,
               Instant importedAt) {
        jdbc.sql("""
                        INSERT INTO imported_document (report_id, sha256, file_name, kind, content, imported_by,
                                                       imported_at)
                        VALUES (:reportId, :sha256, :fileName, :kind, :content, :importedBy, :importedAt)
                        ON CONFLICT (report_id, sha256) DO NOTHING""")
                .param("reportId", reportId)
                .param("sha256", sha256)
                .param("fileName", fileName)
                .param("kind", kind)
                .param("content", content)
                .param("importedBy", importedBy)
                .param("importedAt", Timestamp.from(importedAt))
                .update();
    }
}
