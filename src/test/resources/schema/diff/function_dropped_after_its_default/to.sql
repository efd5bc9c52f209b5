-- The default goes, and with it the function it called: the function can only be dropped once
-- no column default uses it.
CREATE TABLE coupons (
    id integer PRIMARY KEY,
    code text NOT NULL
);
