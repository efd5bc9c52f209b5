-- A comment on a sequence.
CREATE SEQUENCE invoice_numbers START 1000;
COMMENT ON SEQUENCE invoice_numbers IS 'Gapless is not promised';
