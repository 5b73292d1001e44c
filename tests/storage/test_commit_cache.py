"""CommitCache as TinyDB sees it: a public ``Middleware`` whose Table operations stay in memory until flushed."""

from __future__ import annotations

from tinydb import TinyDB
from tinydb.middlewares import Middleware

from weekplanner.storage import atomic
from weekplanner.storage.atomic import AtomicJSONStorage, read_json_file
from weekplanner.storage.files import CommitCache


def open_db(path) -> TinyDB:
    return TinyDB(path, storage=CommitCache(AtomicJSONStorage), read_only=False, durable=False)


def test_operations_stay_in_memory_until_flushed_and_closing_writes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "week.json"
    written: list[object] = []
    real = atomic.write_tables
    monkeypatch.setattr(atomic, "write_tables", lambda p, data, **kw: (written.append(p), real(p, data, **kw)))
    db = open_db(path)
    assert isinstance(db.storage, Middleware) and not db.storage.pending
    table = db.table("activities")
    for n in range(1500):  # more than CachingMiddleware's thousand: nothing is written behind the commit
        table.insert({"id": str(n)})
    assert db.storage.pending and written == [] and not path.exists()
    db.storage.flush()
    assert not db.storage.pending and written == [path]
    assert len(read_json_file(path)["activities"]) == 1500
    table.insert({"id": "never committed"})
    db.close()
    assert written == [path] and len(read_json_file(path)["activities"]) == 1500


def test_a_dropped_change_is_forgotten_and_the_file_read_again(tmp_path):
    path = tmp_path / "week.json"
    db = open_db(path)
    db.table("activities").insert({"id": "kept"})
    db.storage.flush()
    db.table("activities").insert({"id": "dropped"})
    db.storage.drop()
    assert not db.storage.pending and db.storage.cache is None
    assert [d["id"] for d in db.storage.read()["activities"].values()] == ["kept"]
