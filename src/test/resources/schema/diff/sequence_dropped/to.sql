CREATE SEQUENCE kept_numbers;
