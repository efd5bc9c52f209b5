-- Reordered labels recreate the enum, which keeps its comment.
CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
COMMENT ON TYPE mood IS 'How it went';
