"""Accuracy of figure extraction on the hand-written development set.

Run: .venv/bin/python benchmarks/figures_eval.py [--verbose]

A predicted figure matches a gold figure when their number spans overlap. "value" counts a
match when the numbers as written agree (the non-empty ends of the range), "value+qualifier"
also needs the same qualifier; counted and measure are scored on matched figures whose gold
annotation names them (counted by its head noun, measure exactly).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

DATA = Path(__file__).resolve().parent / "data" / "figures_dev.jsonl"


def _values(low: float | None, high: float | None) -> set[float]:
    return {round(v, 4) for v in (low, high) if v is not None}


def _head(phrase: str | None) -> str:
    if not phrase:
        return ""
    word = phrase.lower().split()[-1].strip("'’")
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    verbose = "--verbose" in sys.argv
    n_gold = n_pred = tp_value = tp_qual = 0
    counted_ok = counted_n = measure_ok = measure_n = 0
    sentences = 0
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        sentences += 1
        text = item["text"]
        published = date.fromisoformat(item["published"])
        predicted: list[Figure] = find_figures(text, published, find_timexes(text, published))
        n_pred += len(predicted)
        n_gold += len(item["figures"])
        spans = []
        for f in predicted:
            ns = text.find(f.number_text, f.start)
            spans.append((ns, ns + len(f.number_text)))
        used: set[int] = set()
        for number, low, high, qualifier, _unit, counted, measure in item["figures"]:
            gs = text.find(number)
            ge = gs + len(number)
            match = None
            for i, (ps, pe) in enumerate(spans):
                if i not in used and ps < ge and gs < pe:
                    match = i
                    break
            if match is None:
                if verbose:
                    print(f"  MISS {item['id']}: {number!r}")
                continue
            used.add(match)
            f = predicted[match]
            value_ok = _values(low, high) == _values(f.low, f.high) or (
                qualifier == "range"
                and _values(low, high) == {round(f.low or 0, 4), round(f.high or 0, 4)}
            )
            tp_value += value_ok
            tp_qual += value_ok and f.qualifier == qualifier
            if verbose and not (value_ok and f.qualifier == qualifier):
                print(
                    f"  WRONG {item['id']}: {number!r} gold {low}-{high} {qualifier} got {f.low}-{f.high} {f.qualifier}"
                )
            if counted:
                counted_n += 1
                ok = _head(counted) == _head(f.counted)
                counted_ok += ok
                if verbose and not ok:
                    print(f"  COUNTED {item['id']}: {number!r} gold {counted!r} got {f.counted!r}")
            if measure:
                measure_n += 1
                ok = measure == f.measure
                measure_ok += ok
                if verbose and not ok:
                    print(f"  MEASURE {item['id']}: {number!r} gold {measure!r} got {f.measure!r}")
        if verbose:
            for i, f in enumerate(predicted):
                if i not in used:
                    print(f"  EXTRA {item['id']}: {f.text!r} ({f.number_text!r})")
    vp, vr, vf = _f1(tp_value, n_pred, n_gold)
    qp, qr, qf = _f1(tp_qual, n_pred, n_gold)
    counted_acc = counted_ok / counted_n if counted_n else 0.0
    measure_acc = measure_ok / measure_n if measure_n else 0.0
    print(f"development set: {sentences} sentences, {n_gold} gold figures, {n_pred} predicted")
    print(f"{'score':<18}{'precision':>10}{'recall':>10}{'F1':>10}")
    print(f"{'value':<18}{vp:>10.2%}{vr:>10.2%}{vf:>10.2%}")
    print(f"{'value+qualifier':<18}{qp:>10.2%}{qr:>10.2%}{qf:>10.2%}")
    print(
        f"{'counted (head)':<18}{'':>10}{'':>10}{counted_acc:>10.2%}  accuracy on {counted_n} matched"
    )
    print(f"{'measure':<18}{'':>10}{'':>10}{measure_acc:>10.2%}  accuracy on {measure_n} matched")
    print(
        f"RESULT figures_eval value_p={vp * 100:.2f} value_r={vr * 100:.2f} value_f1={vf * 100:.2f} "
        f"value_qualifier_f1={qf * 100:.2f} counted_acc={counted_acc * 100:.2f} "
        f"measure_acc={measure_acc * 100:.2f} gold={n_gold} sentences={sentences}"
    )


if __name__ == "__main__":
    main()
