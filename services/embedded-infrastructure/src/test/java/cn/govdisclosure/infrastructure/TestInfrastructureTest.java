package cn.govdisclosure.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestInfrastructureTest {

    @Test
    void postgresAnswersQueriesInACreatedDatabase() throws Exception {
        PostgresServer postgres = TestInfrastructure.postgres();
        postgres.createDatabaseIfMissing("infrastructure_test");

        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("infrastructure_test"),
                postgres.username(), postgres.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("infrastructure_test");
        }
        assertThat(TestInfrastructure.postgres()).isSameAs(postgres);
    }

    @Test
    void kafkaDescribesItsCluster() throws Exception {
        KafkaServer kafka = TestInfrastructure.kafka();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
        assertThat(TestInfrastructure.kafka()).isSameAs(kafka);
    }
}
