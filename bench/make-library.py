#!/usr/bin/env python3
"""Writes a mirror the size of a coordinator's library, for the benchmarks.

    make-library.py OUT [--courses N] [--files-per-course F] [--megabytes M] [--seed S]

Defaults: 1,000 courses, 20 files each (20,000 files), 185 MB in all. Every course has four
sections; each section has a page (an HTML entry and its images), a video and a PDF, with titles
in English, French and Spanish, so the library's views show what a real catalogue shows. Every
file's bytes are different (no two courses share content), so sizes and hashing are honest. The
same seed writes the same mirror. Prints the mirror's figures on one line."""
import argparse
import hashlib
import json
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--courses", type=int, default=1000)
parser.add_argument("--files-per-course", type=int, default=20)
parser.add_argument("--megabytes", type=float, default=185)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

rng = random.Random(args.seed)
root = args.out
os.makedirs(os.path.join(root, "courses"), exist_ok=True)
os.makedirs(os.path.join(root, "files"), exist_ok=True)

total_bytes = int(args.megabytes * 1000 * 1000)
files_total = args.courses * args.files_per_course
# The shapes below average 0.925 of `mean` per file.
mean = max(64, int(total_bytes / files_total / 0.925))
topics = ["Risk management", "Valuation", "Rules of origin", "Tariff classification",
          "Post-clearance audit", "Integrity", "Border security", "Trade facilitation",
          "Intellectual property", "Passenger control"]
topics_fr = ["Gestion des risques", "Évaluation", "Règles d'origine", "Classement tarifaire",
             "Contrôle a posteriori", "Intégrité", "Sécurité aux frontières",
             "Facilitation des échanges", "Propriété intellectuelle", "Contrôle des voyageurs"]
topics_es = ["Gestión de riesgos", "Valoración", "Normas de origen", "Clasificación arancelaria",
             "Auditoría posterior", "Integridad", "Seguridad fronteriza",
             "Facilitación del comercio", "Propiedad intelectual", "Control de viajeros"]
written = 0


def blob(size, ext):
    """Writes `size` bytes no other file has; returns (sha256, size)."""
    global written
    head = {"html": b"<!DOCTYPE html><html><body><p>", "pdf": b"%PDF-1.4\n",
            "webm": b"\x1aE\xdf\xa3", "png": b"\x89PNG\r\n\x1a\n"}[ext]
    data = head + rng.randbytes(max(0, size - len(head)))
    sha = hashlib.sha256(data).hexdigest()
    folder = os.path.join(root, "files", sha[:2])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, sha), "wb") as f:
        f.write(data)
    written += len(data)
    return sha, len(data)


def entry(path, mime, size, ext, role=None):
    sha, size = blob(size, ext)
    e = {"path": path, "mime": mime, "size": size, "sha256": sha, "timeModified": 1795824000}
    if role:
        e["role"] = role
    return e


catalogue_courses = []
per_section = max(3, args.files_per_course // 4)
for c in range(args.courses):
    t = c % len(topics)
    title = {"en": f"{topics[t]} {c + 1:04d}", "fr": f"{topics_fr[t]} {c + 1:04d}",
             "es": f"{topics_es[t]} {c + 1:04d}"}
    sections = []
    left = args.files_per_course
    for s in range(4):
        count = left if s == 3 else min(per_section, left)
        left -= count
        if count <= 0:
            break
        # A page with its images, a video and a PDF: the page takes what the others leave.
        images = max(0, count - 3)
        page_files = [entry("index.html", "text/html", rng.randint(mean // 4, mean // 2), "html")]
        page_files += [entry(f"images/figure-{i + 1}.png", "image/png",
                             rng.randint(mean // 2, mean), "png", "asset") for i in range(images)]
        activities = [
            {"id": f"{c}-{s}-page", "kind": "page", "title": {"en": f"Reading {s + 1}",
             "fr": f"Lecture {s + 1}", "es": f"Lectura {s + 1}"}, "completion": "viewed",
             "entry": "index.html", "files": page_files},
        ]
        if count >= 2:
            activities.append(
                {"id": f"{c}-{s}-video", "kind": "video", "title": {"en": f"Video {s + 1}",
                 "fr": f"Vidéo {s + 1}", "es": f"Vídeo {s + 1}"}, "completion": "watched",
                 "entry": "lesson.webm",
                 "files": [entry("lesson.webm", "video/webm", rng.randint(mean, mean * 3),
                                 "webm")]})
        if count >= 3:
            activities.append(
                {"id": f"{c}-{s}-pdf", "kind": "pdf", "title": {"en": f"Handout {s + 1}",
                 "fr": f"Fiche {s + 1}", "es": f"Ficha {s + 1}"}, "completion": "manual",
                 "entry": "handout.pdf",
                 "files": [entry("handout.pdf", "application/pdf", rng.randint(mean // 2, mean),
                                 "pdf")]})
        sections.append({"id": str(s + 1), "title": {"en": f"Part {s + 1}",
                         "fr": f"Partie {s + 1}", "es": f"Parte {s + 1}"}, "summary": "",
                         "activities": activities})
    course = {"id": f"bench-{c + 1:04d}", "shortName": f"B{c + 1:04d}", "title": title,
              "summary": {"en": "A generated course for the benchmarks.",
                          "fr": "Un cours généré pour les mesures.",
                          "es": "Un curso generado para las mediciones."},
              "language": "en", "timeModified": 1795824000, "sections": sections}
    data = (json.dumps(course, ensure_ascii=False) + "\n").encode()
    path = f"courses/{course['id']}.json"
    with open(os.path.join(root, path), "wb") as f:
        f.write(data)
    size = sum(e["size"] for s in sections for a in s["activities"] for e in a["files"])
    catalogue_courses.append({"id": course["id"], "path": path,
                              "sha256": hashlib.sha256(data).hexdigest(), "size": size})

catalogue = {"format": "clikc-mirror", "version": 1, "generator": "bench/make-library.py",
             "created": "2026-12-01T00:00:00Z",
             "source": {"id": "bench", "title": {"en": "Benchmark catalogue",
                        "fr": "Catalogue de mesure", "es": "Catálogo de medición"}},
             "courses": catalogue_courses}
with open(os.path.join(root, "catalogue.json"), "w", encoding="utf-8") as f:
    json.dump(catalogue, f, ensure_ascii=False)
print(f"mirror {root}: {args.courses} courses, {args.courses * args.files_per_course} files, "
      f"{written / 1e6:.1f} MB")
