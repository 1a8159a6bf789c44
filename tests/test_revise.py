import pytest

from proposaleditor.domain.conferences import conference
from proposaleditor.domain.revise import is_current, revise_enacting_formula, revise_number_line


@pytest.mark.parametrize("line, conf, expected", [
    ("RESOLUTION 182 (Guadalajara, 2010)", "PP-14", "RESOLUTION 182 (Rev. Busan, 2014)"),
    ("RESOLUTION 130 (Rev. Guadalajara, 2010)", "PP-14", "RESOLUTION 130 (Rev. Busan, 2014)"),
    ("RESOLUTION 182 (GUADALAJARA, 2010)", "PP-14", "RESOLUTION 182 (REV. BUSAN, 2014)"),
    ("RESOLUTION 646 (WRC-03)", "WRC-15", "RESOLUTION 646 (Rev.WRC-15)"),
    ("RESOLUTION 646 (Rev.WRC-12)", "WRC-15", "RESOLUTION 646 (Rev.WRC-15)"),
    ("RESOLUTION 73 (Rev. Hammamet, 2016)", "WTSA-24", "RESOLUTION 73 (Rev. New Delhi, 2024)"),
])
def test_number_line(line, conf, expected):
    assert revise_number_line(line, conference(conf)) == expected
    assert is_current(expected, conference(conf))


def test_enacting_formula():
    formula = "The Plenipotentiary Conference of the International Telecommunication Union " \
              "(Guadalajara, 2010),"
    revised = revise_enacting_formula(formula, conference("PP-14"))
    assert revised.endswith("Union (Busan, 2014),")
    assert not is_current(formula, conference("PP-14"))
