"""A built wheel carries db/ and resources/, so a non-editable install works."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_reference_data_migrations_and_resources(tmp_path: Path):
    from hatchling.builders.wheel import WheelBuilder

    wheel = Path(next(WheelBuilder(str(ROOT)).build(directory=str(tmp_path),
                                                     versions=["standard"])))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "console/_data/db/reference/categories.csv" in names
    assert "console/_data/db/migrations/0001_initial.sql" in names
    assert any(n.startswith("console/_data/resources/") for n in names)

    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    out = subprocess.run(
        [sys.executable, "-c",
         "from console.paths import db_dir; from console.domain.reference import load_reference;"
         "print(db_dir()); print(len(load_reference(db_dir() / 'reference').taxonomy))"],
        capture_output=True, text=True, check=True, cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": ""},
    )
    folder, count = out.stdout.split()
    assert Path(folder) == target / "console" / "_data" / "db"
    assert int(count) > 50
