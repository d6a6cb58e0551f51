package cn.govdisclosure.submission.agency.query;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.submission.agency.command.AgencyKindSetEvent;
import cn.govdisclosure.submission.agency.command.AgencyRegisteredEvent;
import cn.govdisclosure.submission.agency.command.ApprovalLevelsSetEvent;
import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registered agencies, kept in step with the event store in the same transaction as the registration. */
@Component
@ProcessingGroup(AgencyDirectory.PROCESSING_GROUP)
public class AgencyDirectory {

    public static final String PROCESSING_GROUP = "agency-directory";

    private final JdbcClient jdbc;

    AgencyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgencyRegisteredEvent event) {
        jdbc.sql("""
                        INSERT INTO agency (credit_code, name, region_code, kind, registered_at)
                        VALUES (:creditCode, :name, :regionCode, :kind, :registeredAt)
                        ON CONFLICT (credit_code) DO NOTHING""")
                .param("creditCode", event.creditCode())
                .param("name", event.name())
                .param("regionCode", event.regionCode())
                .param("kind", event.kind().name())
                .param("registeredAt", Timestamp.from(event.registeredAt()))
                .update();
    }

    @EventHandler
    void on(ApprovalLevelsSetEvent event) {
        jdbc.sql("UPDATE agency SET approval_levels = ? WHERE credit_code = ?")
                .params(event.levels(), event.creditCode()).update();
    }

    @EventHandler
    void on(AgencyKindSetEvent event) {
        jdbc.sql("UPDATE agency SET kind = ? WHERE credit_code = ?")
                .params(event.kind().name(), event.creditCode()).update();
    }

    public Optional<AgencyView> find(String creditCode) {
        return jdbc.sql("""
                        SELECT credit_code, name, region_code, kind, approval_levels, registered_at
                        FROM agency WHERE credit_code = ?""")
                .param(creditCode)
                .query((rs, row) -> new AgencyView(rs.getString(1), rs.getString(2), rs.getString(3),
                        AgencyKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }
}
