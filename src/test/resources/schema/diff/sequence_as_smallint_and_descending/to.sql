-- A sequence becomes smallint and counts down (its bounds follow the type and direction).
CREATE SEQUENCE countdown AS smallint INCREMENT BY -1;
