package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.govdisclosure.submission.agency.messaging.AgencyEventsPublisher;
import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.submission.report.messaging.SubmissionEventsPublisher;
import cn.govdisclosure.submission.report.query.ReportViews;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Axon's auto-configuration can fall back to no-op transactions and in-memory stores on Spring Boot 4; this test
 * fails if any of the durable parts is replaced, and shows that the database itself keeps the event store
 * append-only.
 */
class AxonInfrastructureIT extends SubmissionServiceTestBase {

    @Autowired TransactionManager transactionManager;
    @Autowired EventStorageEngine eventStorageEngine;
    @Autowired EventStore eventStore;
    @Autowired TokenStore tokenStore;
    @Autowired Serializer serializer;
    @Autowired EventProcessingConfiguration processing;
    @Autowired @Qualifier("annualReportRepository") Repository<?> reportRepository;
    @Autowired @Qualifier("reportCache") Cache reportCache;

    @Test
    void eventsAndTokensAreStoredInPostgresqlWithinSpringTransactions() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(eventStorageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void readModelsAreUpdatedInTheCommandsTransactionAndKafkaIsFedByATrackingProcessor() {
        assertThat(processing.eventProcessor(ReportViews.PROCESSING_GROUP))
                .containsInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.eventProcessor(AgencyDirectory.PROCESSING_GROUP))
                .containsInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.eventProcessor(SubmissionEventsPublisher.PROCESSING_GROUP))
                .containsInstanceOf(TrackingEventProcessor.class);
        assertThat(processing.eventProcessor(AgencyEventsPublisher.PROCESSING_GROUP))
                .containsInstanceOf(TrackingEventProcessor.class);
    }

    @Test
    void reportsAreKeptBetweenCommandsInACacheThatNeverRunsAheadOfTheDatabase() {
        assertThat(reportRepository).isInstanceOf(CachingEventSourcingRepository.class);
        assertThat(reportCache.getClass().getSimpleName()).isEqualTo("AggregateCache");
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteStoredEvents() {
        String reportId = registerAgencyWithReport(2023);
        String where = " WHERE aggregate_identifier = '" + reportId + "'";

        assertThatThrownBy(() -> jdbc.sql("UPDATE domain_event_entry SET payload = payload" + where).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM domain_event_entry" + where).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE domain_event_entry").update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry" + where).query(Long.class).single())
                .isEqualTo(1);
    }
}
