-- Two new tables that reference each other, and one that references itself: the keys come
-- after both tables exist.
CREATE TABLE placeholder (id integer PRIMARY KEY);
CREATE TABLE departments (id integer PRIMARY KEY, head_id integer, parent_id integer REFERENCES departments);
CREATE TABLE employees (id integer PRIMARY KEY, department_id integer NOT NULL REFERENCES departments);
ALTER TABLE departments ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_id) REFERENCES employees
    DEFERRABLE INITIALLY DEFERRED;
