package cn.govdisclosure.submission.config;

import cn.govdisclosure.submission.agency.command.AgencyRegisteredEventUpcaster;
import cn.govdisclosure.submission.agency.messaging.AgencyEventsPublisher;
import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.submission.report.messaging.SubmissionEventsPublisher;
import cn.govdisclosure.submission.report.query.ReportViews;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon on PostgreSQL, declared explicitly: on Spring Boot 4 Axon's auto-configuration can fall back to no-op
 * transactions and in-memory stores, which would silently lose the audit trail. {@code AxonInfrastructureIT}
 * checks the types of these beans.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final int PUBLISHER_BATCH_SIZE = 100;
    static final int EVENTS_KEPT_IN_MEMORY = 1_000;

    /**
     * The reports' aggregates between their commands ({@link AggregateCache}); the naive baseline of the surge
     * benchmark keeps Axon's default of none, reading every command's aggregate from the event store.
     */
    @Bean
    Cache reportCache(@Value("${submission.naive-baseline:false}") boolean naiveBaseline,
                      @Value("${submission.report-cache.maximum-size:2000}") long maximumSize) {
        return naiveBaseline ? NoCache.INSTANCE : new AggregateCache(maximumSize, Duration.ofMinutes(30));
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** JSON for everything Axon stores or passes on: events, snapshots, tokens, messages. */
    @Bean
    @Primary
    Serializer axonSerializer() {
        return jacksonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jacksonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jacksonSerializer();
    }

    @Bean
    EventStorageEngine eventStorageEngine(DataSource dataSource, TransactionManager transactionManager,
                                          @Qualifier("eventSerializer") Serializer serializer) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections(dataSource))
                .transactionManager(transactionManager)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(persistenceExceptionResolver())
                .upcasterChain(upcasters())
                .schema(EventSchema.builder()
                        .eventTable("domain_event_entry")
                        .snapshotTable("snapshot_event_entry")
                        .globalIndexColumn("global_index")
                        .eventIdentifierColumn("event_identifier")
                        .aggregateIdentifierColumn("aggregate_identifier")
                        .sequenceNumberColumn("sequence_number")
                        .typeColumn("type")
                        .timestampColumn("time_stamp")
                        .payloadTypeColumn("payload_type")
                        .payloadRevisionColumn("payload_revision")
                        .payloadColumn("payload")
                        .metaDataColumn("meta_data")
                        .build())
                .build();
    }

    /** Old revisions of stored events, read as current ones wherever events are read: aggregates, processors. */
    static EventUpcasterChain upcasters() {
        return new EventUpcasterChain(new AgencyRegisteredEventUpcaster());
    }

    /**
     * The event store keeps the latest events in memory for the tracking processors that follow its head. Axon's
     * default keeps 10,000, serialized: with a report's first edit of 199 cells some tens of kB each, that was 200 MB
     * of the heap in the surge benchmark (a heap histogram after 1,000 agencies), and the reason the heap grew over
     * the five-wave run. The processors here keep up with the head in batches of {@value #PUBLISHER_BATCH_SIZE}; one
     * that falls further behind reads from the database, as after a restart.
     */
    @Bean
    EventStore eventStore(EventStorageEngine eventStorageEngine) {
        return EmbeddedEventStore.builder().storageEngine(eventStorageEngine).cachedEvents(EVENTS_KEPT_IN_MEMORY)
                .build();
    }

    @Bean
    TokenStore tokenStore(DataSource dataSource, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections(dataSource))
                .serializer(serializer)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    /**
     * Read models are subscribing: updated in the command's own transaction, so they never lag and a failure
     * rolls the command back. The Kafka publisher is tracking: it follows the event store from its stored token,
     * so an event committed before a crash is still published afterwards (the event store is the outbox).
     * The agency publisher is a second tracking processor that starts at the very first stored event, so that it also
     * publishes the agencies registered before it existed (the report publisher's token had passed them long ago).
     * Both read the store in batches of {@value #PUBLISHER_BATCH_SIZE} events with one token update per batch, where
     * Axon's default writes the token after every single event (the surge benchmark's naive baseline keeps that
     * default); a batch that fails is retried whole, and consumers drop the messages they already had by their ids.
     * Errors propagate everywhere: a tracking processor then retries the event instead of skipping it.
     */
    @Bean
    ConfigurerModule eventProcessors(@Value("${submission.naive-baseline:false}") boolean naiveBaseline) {
        int batchSize = naiveBaseline ? 1 : PUBLISHER_BATCH_SIZE;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(AgencyDirectory.PROCESSING_GROUP)
                .registerSubscribingEventProcessor(ReportViews.PROCESSING_GROUP)
                .registerTrackingEventProcessor(SubmissionEventsPublisher.PROCESSING_GROUP,
                        configuration -> configuration.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize))
                .registerTrackingEventProcessor(AgencyEventsPublisher.PROCESSING_GROUP,
                        configuration -> configuration.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance()));
    }

    private static UnitOfWorkAwareConnectionProviderWrapper connections(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    private static PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    private static JacksonSerializer jacksonSerializer() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).build();
    }

    private static ObjectMapper axonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
