"""The smaller truths of an import: a file cut short, binary or undecodable input, values sent
to a default on purpose, and `open` read by a pager that stops early."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli import main
from console.domain.mapping import SourceError, load_mapping
from console.store import Store
from tests.test_import import GOOD_ROWS, HEADER, MAPPING


@pytest.fixture
def mapping(tmp_path: Path):
    path = tmp_path / "test_city.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return load_mapping(path)


def test_a_file_without_a_final_line_break_is_noticed(store: Store, mapping, tmp_path: Path):
    data = tmp_path / "cut.csv"  # the last field cut: "R3" became "R"
    data.write_text("\n".join(GOOD_ROWS)[:-1], encoding="utf-8")
    report = store.imports.import_calls([data], mapping)
    assert report.imported == 3
    assert [n.text() for n in report.notices] == [
        "cut.csv, line 4: the file does not end with a line break: its last line may be cut"
        " short (a copy or download stopped early?); check its last row"]


def test_binary_input_is_refused_without_echoing_its_bytes(store: Store, mapping,
                                                            tmp_path: Path):
    data = tmp_path / "photo.csv"
    data.write_bytes(HEADER.encode() + b"\n" + b"\0" * 3000 + b"\n")
    with pytest.raises(SourceError) as caught:
        store.imports.import_calls([data], mapping)
    assert str(caught.value) == "photo.csv, line 2: holds NUL bytes: a binary file, not a CSV" \
                                " export"
    assert store.count("calls") == 0


def test_a_decoding_error_names_its_line(store: Store, mapping, tmp_path: Path):
    data = tmp_path / "gbk.csv"
    lines = [*GOOD_ROWS[:3], GOOD_ROWS[3].replace("龙湖路8号", "")]
    data.write_bytes("\n".join(lines).encode("utf-8")
                     + "龙湖路".encode("gbk") + b"\n")
    with pytest.raises(SourceError) as caught:
        store.imports.import_calls([data], mapping)
    assert str(caught.value).startswith("gbk.csv, line 4: not utf-8-sig text (invalid")
    assert "set `encoding` in the mapping" in str(caught.value)


def test_a_control_character_in_a_bad_value_is_shown_escaped(store: Store, mapping,
                                                              tmp_path: Path):
    data = tmp_path / "odd.csv"
    data.write_text(f"{HEADER}\n2026-11-20\x1b[2J 08:00,,,,THEFT,B,N1,x,,R1\n", encoding="utf-8")
    report = store.imports.import_calls([data], mapping, skip_bad=True)
    assert report.bad_rows[0].text().startswith(
        "odd.csv, line 2: received time '2026-11-20\\x1b[2J 08:00' matches no time format")


def test_an_empty_value_sent_to_a_real_default_is_not_reported_unmapped(store: Store,
                                                                        mapping,
                                                                        tmp_path: Path):
    data = tmp_path / "areas.csv"  # area -1 means none (blank): the default 340403, as mapped
    data.write_text("\n".join([HEADER, "2026-11-20 08:00:00,,,,THEFT,B,-1,x,,R1",
                               "2026-11-20 09:00:00,,,,THEFT,B,Q9,x,,R2"]) + "\n",
                    encoding="utf-8")
    report = store.imports.import_calls([data], mapping)
    assert report.unmapped == {"jurisdiction": {"Q9": 1}}  # only the value the map lacks


def test_open_read_by_a_pager_that_stops_early_ends_quietly(tmp_path: Path):
    db = tmp_path / "c.db"
    (tmp_path / "test_city.toml").write_text(MAPPING, encoding="utf-8")
    data = tmp_path / "calls.csv"
    data.write_text(HEADER + "\n" + "".join(
        f"2026-11-20 08:{i % 60:02d}:00,,,,THEFT,B,N1,路{i}号,,R{i}\n" for i in range(3000)),
        encoding="utf-8")
    assert main(["import-calls", "--db", str(db), "--mapping",
                 str(tmp_path / "test_city.toml"), str(data)]) == 0
    assert main(["add-operator", "--db", str(db), "zb01", "--role", "supervisor",
                 "--password", "pager-test-110"]) == 0
    env = {**os.environ, "CONSOLE110_PASSWORD": "pager-test-110"}
    pager = subprocess.Popen(
        [sys.executable, "-m", "console", "open", "--db", str(db), "--as", "zb01"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert pager.stdout is not None and pager.stderr is not None
    assert pager.stdout.readline().startswith(b"340400-20261120-")
    pager.stdout.close()  # as `head -1` does
    err = pager.stderr.read().decode()
    pager.stderr.close()
    assert pager.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
