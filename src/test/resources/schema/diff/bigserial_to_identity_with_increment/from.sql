CREATE TABLE shipments (
    id bigserial PRIMARY KEY,
    carrier text NOT NULL
);

INSERT INTO shipments (carrier) VALUES ('ups'), ('dhl'), ('fedex');
