#!/usr/bin/env python3
"""Generates a large synthetic repository for timing `phiguard inspect` and `init`.

Usage: generate.py DEST FILES [SEED]

A realistic mix: services in Python, TypeScript, Go and Java spread over many folders, tests, docs,
configs, a few models/migrations/routes with patient tables, CSV exports, notebooks and AI tool
configs. Every identifier-shaped value is synthetic (MRN prefix SYN, SSN area 000, 555-01xx phones,
example.com emails). Deterministic for a given seed.
"""
import json
import os
import random
import sys

PY_MODULE = '''"""Module {name}: helpers for the {area} service."""
import logging

LOG = logging.getLogger(__name__)


def {fn}(items, limit={limit}):
    """Return at most `limit` normalised items."""
    result = []
    for item in items[:limit]:
        result.append(str(item).strip().lower())
    LOG.debug("normalised %d items", len(result))
    return result


class {cls}:
    def __init__(self, size={limit}):
        self.size = size

    def run(self, values):
        return [{fn}(values, self.size)]
'''

TS_MODULE = '''import {{ Request, Response }} from "./types";

export interface {cls}Options {{
  limit: number;
  label: string;
}}

export function {fn}(items: string[], options: {cls}Options): string[] {{
  return items.slice(0, options.limit).map((item) => `${{options.label}}:${{item.trim()}}`);
}}

export class {cls} {{
  constructor(private readonly options: {cls}Options) {{}}

  handle(req: Request, res: Response): void {{
    res.send({fn}(req.items, this.options));
  }}
}}
'''

GO_MODULE = '''package {pkg}

import "strings"

// {cls} normalises values for the {area} service.
type {cls} struct {{
	Limit int
}}

// {fn} returns at most Limit trimmed values.
func (c {cls}) {fn}(values []string) []string {{
	out := make([]string, 0, c.Limit)
	for i, v := range values {{
		if i >= c.Limit {{
			break
		}}
		out = append(out, strings.TrimSpace(v))
	}}
	return out
}}
'''

JAVA_MODULE = '''package com.example.{pkg};

import java.util.ArrayList;
import java.util.List;

public class {cls} {{
    private final int limit;

    public {cls}(int limit) {{
        this.limit = limit;
    }}

    public List<String> {fn}(List<String> values) {{
        List<String> out = new ArrayList<>();
        for (String value : values) {{
            if (out.size() >= limit) break;
            out.add(value.trim());
        }}
        return out;
    }}
}}
'''

DJANGO_MODEL = '''from django.db import models


class Patient{n}(models.Model):
    mrn = models.CharField(max_length=16)
    date_of_birth = models.DateField()
    first_name = models.CharField(max_length=80)

    class Meta:
        db_table = "patients_{n}"


class Encounter{n}(models.Model):
    patient = models.ForeignKey(Patient{n}, on_delete=models.CASCADE)
    admitted_at = models.DateTimeField()
'''

SQL_MIGRATION = '''CREATE TABLE IF NOT EXISTS diagnoses_{n} (
    id BIGSERIAL PRIMARY KEY,
    patient_id BIGINT NOT NULL,
    icd10_code TEXT NOT NULL,
    noted_on DATE
);
CREATE INDEX diagnoses_{n}_patient ON diagnoses_{n} (patient_id);
'''

EXPRESS_ROUTES = '''const express = require('express');
const router = express.Router();

router.get('/api/patients/:id', (req, res) => res.json({{ id: req.params.id }}));
router.get('/api/claims{n}/:claimId', (req, res) => res.json({{}}));
router.get('/api/orders/:id', (req, res) => res.json({{}}));

module.exports = router;
'''

ETL_SCRIPT = '''import pandas as pd

frame = pd.read_csv("exports/patients_{n}.csv")
frame = frame[frame["date_of_birth"].notna()]
frame.to_parquet("warehouse/patients_{n}.parquet")
'''

AREAS = ["billing", "scheduling", "identity", "search", "reporting", "notifications", "catalog", "audit",
         "gateway", "storage", "metrics", "export", "admin", "portal", "sync"]


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as handle:
        handle.write(text)


def source_file(rng, index):
    area = rng.choice(AREAS)
    kind = rng.random()
    name = f"mod{index}"
    fields = dict(name=name, area=area, fn=f"normalise_{index}", cls=f"Worker{index}",
                  limit=rng.randint(5, 500), pkg=area)
    folder = f"services/{area}/pkg{index % 97}/sub{index % 13}"
    if kind < 0.35:
        return f"{folder}/{name}.py", PY_MODULE.format(**fields)
    if kind < 0.65:
        fields["fn"] = f"normalise{index}"
        return f"web/{area}/src/components{index % 89}/{name}.ts", TS_MODULE.format(**fields)
    if kind < 0.80:
        fields["fn"] = f"Normalise{index}"
        return f"go/{area}/internal/p{index % 71}/{name}.go", GO_MODULE.format(**fields)
    if kind < 0.90:
        return f"java/src/main/java/com/example/{area}/p{index % 53}/{fields['cls']}.java", JAVA_MODULE.format(**fields)
    if kind < 0.95:
        return f"docs/{area}/page{index}.md", f"# {area} page {index}\n\n" + ("Some prose about the service. " * 20) + "\n"
    if kind < 0.98:
        return f"config/{area}/c{index}.yaml", f"name: {area}-{index}\nreplicas: {index % 5 + 1}\nport: {8000 + index % 1000}\n"
    return f"services/{area}/fixtures/f{index}.json", json.dumps({"id": index, "label": f"item-{index}", "tags": ["a", "b"]}) + "\n"


def phi_files(rng, count):
    files = {}
    for n in range(count):
        area = AREAS[n % len(AREAS)]
        files[f"services/{area}/clinical/models_{n}.py"] = DJANGO_MODEL.format(n=n)
        files[f"db/migrations/{n:04d}_diagnoses.sql"] = SQL_MIGRATION.format(n=n)
        files[f"web/{area}/routes/records_{n}.js"] = EXPRESS_ROUTES.format(n=n)
        files[f"etl/jobs/load_{n}.py"] = ETL_SCRIPT.format(n=n)
        rows = "".join(f"SYN{n:03d}{r:04d},1900-01-{r % 28 + 1:02d},000-00-{r:04d},555-01{r % 100:02d}\n" for r in range(20))
        files[f"exports/patients_{n}.csv"] = "mrn,date_of_birth,ssn,phone\n" + rows
        files[f"exports/summary_{n}.csv"] = "month,visits\n2026-01,10\n"
    files["notebooks/cohort.ipynb"] = json.dumps({
        "cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "id": "c1",
                   "source": ["import pandas as pd\n", "df = pd.read_csv('exports/patients_0.csv')\n", "df.head()"],
                   "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                                "data": {"text/plain": ["   mrn  date_of_birth\n0  SYN0000000  1900-01-01\n"]}}]}],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5}) + "\n"
    files["CLAUDE.md"] = "# Notes for Claude\n\nRun the tests before proposing changes.\n"
    files["AGENTS.md"] = "# Agents\n\nUse make test.\n"
    files[".cursorrules"] = "Prefer small functions.\n"
    files[".pre-commit-config.yaml"] = "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.6.0\n    hooks:\n      - id: trailing-whitespace\n"
    files[".gitignore"] = "node_modules/\n*.log\n.env\n"
    files["requirements.txt"] = "Django==5.0.6\npandas==2.2.2\n"
    files["package.json"] = json.dumps({"name": "bench", "dependencies": {"express": "^4.19.2"}}) + "\n"
    return files


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: generate.py DEST FILES [SEED]")
    root, total = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    special = phi_files(rng, 40)
    for path, text in special.items():
        write(root, path, text)
    for index in range(total - len(special)):
        path, text = source_file(rng, index)
        write(root, path, text)


if __name__ == "__main__":
    main()
