-- What operators did with dead-lettered Kafka messages: each replayed to its topic or discarded once, by whom,
-- when and why. Append-only, like the event store.
CREATE TABLE dead_letter_action (
    id            BIGSERIAL    PRIMARY KEY,
    dlt_topic     VARCHAR(255) NOT NULL,
    dlt_partition INTEGER      NOT NULL,
    dlt_offset    BIGINT       NOT NULL,
    message_id    VARCHAR(255),
    action        VARCHAR(16)  NOT NULL CHECK (action IN ('REPLAYED', 'DISCARDED')),
    reason        TEXT         NOT NULL,
    acted_by      VARCHAR(100) NOT NULL,
    acted_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (dlt_topic, dlt_partition, dlt_offset)
);

CREATE FUNCTION refuse_dead_letter_action_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dead_letter_action is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER dead_letter_action_append_only
    BEFORE UPDATE OR DELETE ON dead_letter_action
    FOR EACH ROW EXECUTE FUNCTION refuse_dead_letter_action_rewrite();

CREATE TRIGGER dead_letter_action_no_truncate
    BEFORE TRUNCATE ON dead_letter_action
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_dead_letter_action_rewrite();
