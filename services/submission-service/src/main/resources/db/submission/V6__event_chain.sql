-- Tamper evidence for the event store: every stored event is linked to the previous event of the same aggregate by
-- a SHA-256 hash over that event's hash and the event's stored bytes. The append-only trigger of V1 stops the
-- application and casual SQL; the chain shows whether someone who could switch that trigger off changed a row.
-- ChainVerifier recomputes the same hash from the raw rows, independently of the functions below.
CREATE TABLE event_chain (
    event_identifier     VARCHAR(255) PRIMARY KEY,
    global_index         BIGINT       NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    previous_hash        BYTEA        NOT NULL,
    hash                 BYTEA        NOT NULL,
    UNIQUE (aggregate_identifier, sequence_number)
);

-- One field of the hashed message: its length in bytes as a 4-byte big-endian integer, then its bytes; -1 and no
-- bytes for NULL. The length prefix keeps fields from running into each other ("ab"+"c" differs from "a"+"bc").
CREATE FUNCTION event_chain_field(value BYTEA) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END;
$$;

CREATE FUNCTION event_chain_text(value TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT event_chain_field(convert_to(value, 'UTF8'));
$$;

-- hash = sha256(previous_hash || f(event_identifier) || f(aggregate_identifier) || f(sequence_number as decimal
-- text) || f(type) || f(payload_type) || f(payload_revision) || f(time_stamp) || f(payload) || f(meta_data)),
-- texts as UTF-8; previous_hash is 32 zero bytes for an aggregate's first event.
CREATE FUNCTION event_chain_hash(previous_hash BYTEA, event domain_event_entry) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(previous_hash
        || event_chain_text(event.event_identifier)
        || event_chain_text(event.aggregate_identifier)
        || event_chain_text(event.sequence_number::text)
        || event_chain_text(event.type)
        || event_chain_text(event.payload_type)
        || event_chain_text(event.payload_revision)
        || event_chain_text(event.time_stamp)
        || event_chain_field(event.payload)
        || event_chain_field(event.meta_data));
$$;

-- Links a newly stored event to its predecessor. Appends to one aggregate are serialised by the unique
-- (aggregate_identifier, sequence_number) of domain_event_entry: an event can only be appended after its
-- predecessor committed, so the predecessor's link is visible here.
CREATE FUNCTION link_event_into_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous BYTEA;
BEGIN
    SELECT hash INTO previous FROM event_chain
    WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number < NEW.sequence_number
    ORDER BY sequence_number DESC LIMIT 1;
    previous := coalesce(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    INSERT INTO event_chain (event_identifier, global_index, aggregate_identifier, sequence_number, previous_hash,
                             hash)
    VALUES (NEW.event_identifier, NEW.global_index, NEW.aggregate_identifier, NEW.sequence_number, previous,
            event_chain_hash(previous, NEW));
    RETURN NULL;
END;
$$;

-- Events stored before this migration are linked now, in each aggregate's order: their links attest to the rows
-- as they stood when the chain was introduced.
DO $$
DECLARE
    event domain_event_entry;
    previous BYTEA;
    last_aggregate VARCHAR(255);
BEGIN
    FOR event IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number LOOP
        IF last_aggregate IS DISTINCT FROM event.aggregate_identifier THEN
            previous := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
            last_aggregate := event.aggregate_identifier;
        END IF;
        INSERT INTO event_chain (event_identifier, global_index, aggregate_identifier, sequence_number,
                                 previous_hash, hash)
        VALUES (event.event_identifier, event.global_index, event.aggregate_identifier, event.sequence_number,
                previous, event_chain_hash(previous, event));
        previous := event_chain_hash(previous, event);
    END LOOP;
END;
$$;

CREATE TRIGGER domain_event_entry_chain
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION link_event_into_chain();

-- The chain is as append-only as the events it links.
CREATE FUNCTION refuse_chain_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER event_chain_append_only
    BEFORE UPDATE OR DELETE ON event_chain
    FOR EACH ROW EXECUTE FUNCTION refuse_chain_rewrite();

CREATE TRIGGER event_chain_no_truncate
    BEFORE TRUNCATE ON event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_chain_rewrite();
