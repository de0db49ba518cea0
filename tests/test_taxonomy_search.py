"""Category quick search: pinyin initials, Chinese and English text."""

from console.domain.reference import default_reference


def _codes(text: str) -> list[str]:
    return [c.code for c in default_reference().taxonomy.search(text)]


def test_pinyin_initials_find_traffic_accident_first():
    assert _codes("jtsg")[0] == "traffic_accident"


def test_chinese_text_finds_domestic_violence():
    assert _codes("家庭暴力")[0] == "domestic_violence"


def test_english_text_is_case_insensitive():
    assert "theft" in _codes("THEFT")


def test_a_pinyin_prefix_lists_every_match():
    results = _codes("jt")
    assert "traffic_accident" in results and "domestic_violence" in results


def test_nothing_matches_nonsense():
    assert _codes("zzzzqqq") == []


def test_empty_search_lists_all_categories():
    assert len(_codes("")) == len(default_reference().taxonomy)
