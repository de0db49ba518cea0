"""Two seats updating the same incident: the second never overwrites the first silently."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from engines import location

from console.domain.calls import CallDraft
from console.domain.outcomes import Outcome
from console.store import ChangedMeanwhile, Store
from console.store.records import Operator

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL

# The other seat: another process (on PostgreSQL it could be another host).
_OTHER_SEAT = textwrap.dedent("""
    import sys
    from console.domain.outcomes import Outcome
    from console.store import Store

    with Store.open(sys.argv[1]) as store:
        store.actor = store.accounts.login("ct02", "secret-110").operator
        store.incidents.record_outcome(int(sys.argv[2]), Outcome(people_caught=5),
                                       store.actor.id)
""")


def _incident(store: Store, operator: Operator) -> int:
    store.actor = operator
    saved = store.calls.log_call(CallDraft(
        caller_number="13800001111", caller_name="王芳", address="田家庵区朝阳路18号",
        jurisdiction_code="340403", category_code="fight", priority=1, summary="有人打架",
        disposition="incident"), operator.id)
    assert saved.incident_id is not None
    return saved.incident_id


def test_a_stale_form_is_refused_and_the_other_seats_update_kept(store: Store,
                                                                  operator: Operator) -> None:
    store.accounts.add_operator("ct02", "李娜", "call_taker", "secret-110")
    incident = _incident(store, operator)
    seen = store.incidents.version(incident)  # this seat opens the results form
    done = subprocess.run([sys.executable, "-c", _OTHER_SEAT, location(store), str(incident)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    with pytest.raises(ChangedMeanwhile) as refused:
        store.incidents.record_outcome(incident, Outcome(people_caught=2), operator.id,
                                       seen=seen)
    assert refused.value.changed_by == "李娜" and refused.value.changed_at
    assert store.incidents.outcome(incident) == Outcome(people_caught=5)  # theirs, kept
    fresh = store.incidents.version(incident)
    assert fresh != seen
    store.incidents.record_outcome(incident, Outcome(people_caught=7), operator.id, seen=fresh)
    assert store.incidents.outcome(incident) == Outcome(people_caught=7)


def test_every_change_of_an_incident_moves_its_version(store: Store, operator: Operator) -> None:
    incident = _incident(store, operator)
    versions = [store.incidents.version(incident)]
    store.incidents.add_note(incident, "补充", operator.id)
    versions.append(store.incidents.version(incident))
    store.units.dispatch(incident, ["DS01"], operator.id)
    versions.append(store.incidents.version(incident))
    store.incidents.record_outcome(incident, Outcome(people_caught=1), operator.id)
    versions.append(store.incidents.version(incident))
    assert len(set(versions)) == len(versions)
