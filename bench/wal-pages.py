#!/usr/bin/env python3
"""Which tables and indexes a SQLite write load writes: counts the frames of a WAL file by b-tree.

Copy the WAL, then the database, while the load runs (the bench's database is /tmp/dsb-bench/db/bench.db):

    cp /tmp/dsb-bench/db/bench.db-wal /tmp/wal && cp /tmp/dsb-bench/db/bench.db /tmp/db
    python3 bench/wal-pages.py /tmp/db /tmp/wal

Only the frames of the WAL's current generation (its header's salts) are counted: what was written since the last
checkpoint restarted it. Page numbers are mapped to b-trees with SQLite's dbstat table; pages the copied database does not
have yet are shown as "(new)".
"""
import collections
import sqlite3
import struct
import sys


def main(db_path: str, wal_path: str) -> None:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        owner = {page: name for name, page in db.execute("SELECT name, pageno FROM dbstat")}
    data = open(wal_path, "rb").read()
    _, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">IIIIIIII", data[:32])
    frames, commits, offset = [], 0, 32
    while offset + 24 + page_size <= len(data):
        page, commit_size, s1, s2, _, _ = struct.unpack(">IIIIII", data[offset:offset + 24])
        if (s1, s2) != (salt1, salt2):
            break
        frames.append(page)
        commits += commit_size != 0
        offset += 24 + page_size
    print(f"{len(frames)} frames of {page_size} bytes in {commits} commits: {len(frames) / max(commits, 1):.1f} pages per commit")
    for name, count in collections.Counter(owner.get(p, "(new)") for p in frames).most_common():
        print(f"{count / max(commits, 1):7.2f} per commit  {100 * count / len(frames):5.1f} %  {name}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
