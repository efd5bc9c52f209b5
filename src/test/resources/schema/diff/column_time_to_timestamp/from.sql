CREATE TABLE retention_policy (
    id integer PRIMARY KEY,
    create_time time,
    update_time time(3)
);
INSERT INTO retention_policy VALUES (1, '10:30:00', '11:45:00.125');
