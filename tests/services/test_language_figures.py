"""A story in another language than English keeps its dates but gets no figures: the figure
reader's grammar is English, and other languages write numbers differently ("3,2 millones" is
3.2 million), so what it would read there is wrong, and a wrong figure would be compared with
the other sources' figures."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop.extract import extract
from desktop.services.project import ProjectService

SPANISH = (
    "Inundaciones en el valle del Sorel dejan 14 muertos\n\n"
    "Las lluvias torrenciales que cayeron sobre el valle del Sorel el 3 de marzo de 2025 "
    "dejaron al menos 14 muertos y obligaron a evacuar a 2,4 millones de personas, según "
    "el servicio de emergencias de la provincia.\n\n"
    "El río subió 3,2 metros en seis horas y el agua cubrió más de 1.500 hectáreas de "
    "cultivos, dijo el alcalde de la ciudad. Los equipos de rescate siguen buscando a "
    "las personas desaparecidas desde el lunes, y el gobierno ha prometido una ayuda de "
    "12,5 millones de euros para las familias afectadas en 2025.\n"
)

ENGLISH = (
    "Sorel valley floods kill 14\n\n"
    "Torrential rain that fell on the Sorel valley on March 3, 2025 killed at least 14 "
    "people and forced 2,400 residents from their homes, the provincial emergency service "
    "said on Tuesday. The river rose 3.2 metres in six hours, the mayor said, and the "
    "government has promised 12.5 million euros in aid for the families affected.\n"
)


def test_a_story_in_another_language_keeps_its_dates_but_gets_no_figures() -> None:
    read_as_english = extract(SPANISH, date(2025, 3, 4))
    # What the English reader makes of Spanish numbers: the decimal comma splits them.
    assert read_as_english.figures
    spanish = extract(SPANISH, date(2025, 3, 4), "es")
    assert spanish.figures == []
    assert [t.value for t in spanish.timexes] == [t.value for t in read_as_english.timexes]
    assert "2025" in {t.value for t in spanish.timexes}
    english = extract(ENGLISH, date(2025, 3, 4), "en")
    assert {f.low for f in english.figures} >= {14, 2400, 3.2}


def test_import_reads_the_language_stores_no_figures_and_keeps_it_on_reextraction(
    project: ProjectService, tmp_path: Path
) -> None:
    path = tmp_path / "inundaciones.txt"
    path.write_text(SPANISH, encoding="utf-8")
    english = tmp_path / "floods.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    outcomes = project.import_files([path, english], published=date(2025, 3, 4))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    spanish_id, english_id = (o.article_id for o in outcomes)
    assert spanish_id is not None and english_id is not None
    assert project.article(spanish_id).language == "es"
    assert project.article(english_id).language == "en"
    assert project.figures(article_id=spanish_id) == []
    assert project.figures(article_id=english_id)
    assert project.facts(article_id=spanish_id)  # its dates are still facts

    project.reextract(spanish_id)
    assert project.figures(article_id=spanish_id) == []
    project.set_published_undoable(spanish_id, date(2025, 3, 5))
    assert project.figures(article_id=spanish_id) == []


def test_the_import_warning_says_figures_are_not_read(tmp_path: Path) -> None:
    from desktop.ingest import read_file

    path = tmp_path / "inundaciones.txt"
    path.write_text(SPANISH, encoding="utf-8")
    _data, raw = read_file(path)
    assert raw.language == "es"
    [warning] = [w for w in raw.warnings if "Spanish" in w]
    assert "figures are not read" in warning


def test_the_command_line_extract_leaves_out_figures_of_a_story_in_another_language(
    tmp_path: Path,
) -> None:
    path = tmp_path / "inundaciones.txt"
    path.write_text(SPANISH, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "extract", "--published", "2025-03-04", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["figures"] == []
    assert "2025" in {t["value"] for t in result["timexes"]}
    assert "Spanish" in done.stderr and "figures are not read" in done.stderr


def test_the_command_line_import_says_which_stories_get_no_figures(tmp_path: Path) -> None:
    spanish = tmp_path / "inundaciones.txt"
    spanish.write_text(SPANISH, encoding="utf-8")
    english = tmp_path / "floods.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "import", "--project", str(tmp_path / "p.factlane"),
         "--published", "2025-03-04", str(spanish), str(english)],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    warned = [line for line in done.stderr.splitlines() if "figures are not read" in line]
    assert len(warned) == 1 and "inundaciones.txt" in warned[0] and "Spanish" in warned[0]
