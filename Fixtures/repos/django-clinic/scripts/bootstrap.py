"""Creates the reporting schema on a fresh database."""
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS visit_log (
    id INTEGER PRIMARY KEY,
    mrn TEXT NOT NULL,
    date_of_birth TEXT,
    seen_at TEXT NOT NULL
);
"""


def main(path="reporting.sqlite3"):
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA)


if __name__ == "__main__":
    main()
