CREATE SEQUENCE old_numbers;
CREATE SEQUENCE kept_numbers;
