#!/usr/bin/env node
// Validates Dockerfiles with dockerfile-utils and prints the diagnostics as JSON.
//
//   node validate.js FILE...
//
// Output: one JSON array on standard output, an entry per file:
//   [{"file": "...", "diagnostics": [{"severity": 1, "severityName": "error", "line": 3, "message": "..."}]}]
// Exit code: 0 when no file has an error, 1 when any diagnostic has severity Error (1),
// 2 when a file cannot be read or no file is given.
'use strict';

const fs = require('fs');
const { validate } = require('dockerfile-utils');

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function main(files) {
  if (files.length === 0) {
    process.stderr.write('usage: node validate.js FILE...\n');
    return 2;
  }
  const results = [];
  let errors = 0;
  for (const file of files) {
    let content;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`cannot read ${file}: ${e.message}\n`);
      return 2;
    }
    const diagnostics = validate(content).map((d) => ({
      severity: d.severity,
      severityName: SEVERITY[d.severity] || String(d.severity),
      line: d.range.start.line + 1,
      message: d.message,
    }));
    errors += diagnostics.filter((d) => d.severity === 1).length;
    results.push({ file, diagnostics });
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
