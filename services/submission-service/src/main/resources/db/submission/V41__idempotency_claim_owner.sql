-- Which running instance of the service claimed an idempotency key. An instance beats its heart here every few
-- seconds and removes its row when it stops; a claim whose instance has no recent heartbeat died with its process
-- (kill -9, a crash) and its retry may run at once rather than after IdempotentRequests.ABANDONED_AFTER.
CREATE TABLE service_instance (
    instance_id  UUID        PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    heartbeat_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE idempotent_request ADD COLUMN claimed_by UUID;
