#!/usr/bin/env node
// Parses Dockerfiles with dockerfile-ast and prints their instructions as JSON, for the
// differential parser test of the migrate package.
//
//   node parse.js FILE...
//
// Output: one JSON array on standard output, an entry per file:
//   [{"file": "...", "escape": "\\", "instructions": [{"keyword": "FROM", "startLine": 1, "endLine": 1,
//     "arguments": ["python:3.12"]}]}]
// Lines are 1-based. Exit code: 0, or 2 when a file cannot be read or no file is given.
'use strict';

const fs = require('fs');
const { DockerfileParser } = require('dockerfile-ast');

function describe(instruction) {
  const range = instruction.getRange();
  return {
    keyword: instruction.getKeyword(),
    startLine: range.start.line + 1,
    endLine: range.end.line + 1,
    arguments: instruction.getArguments().map((a) => a.getValue()),
  };
}

function main(files) {
  if (files.length === 0) {
    process.stderr.write('usage: node parse.js FILE...\n');
    return 2;
  }
  const results = [];
  for (const file of files) {
    let content;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`cannot read ${file}: ${e.message}\n`);
      return 2;
    }
    const dockerfile = DockerfileParser.parse(content);
    const instructions = [];
    for (const i of dockerfile.getInstructions()) {
      instructions.push(describe(i));
      if (i.getKeyword() === 'ONBUILD' && typeof i.getTriggerInstruction === 'function') {
        const t = i.getTriggerInstruction();
        if (t) {
          instructions[instructions.length - 1].trigger = describe(t);
        }
      }
    }
    results.push({ file, escape: dockerfile.getEscapeCharacter(), instructions });
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
