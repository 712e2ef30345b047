"""Cross-article analysis: grouping figures and deciding contradiction / update / consistent."""
