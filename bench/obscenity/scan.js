// Reads one message per line from standard input and writes one JSON verdict per line, like `guardrails scan`,
// using obscenity's RegExpMatcher with the English dataset and recommended transformers.
'use strict';
const readline = require('readline');
const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = require('obscenity');

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let buffer = [];

lines.on('line', (line) => {
  const message = line.split('\\n').join('\n');
  const matches = matcher.getAllMatches(message, true);
  buffer.push(JSON.stringify({
    offensive: matches.length > 0,
    findings: matches.map((m) => ({ start: m.startIndex, end: m.endIndex + 1, rule: 'obscenity:' + m.termId })),
  }));
  if (buffer.length >= 1000) {
    process.stdout.write(buffer.join('\n') + '\n');
    buffer = [];
  }
});
lines.on('close', () => {
  if (buffer.length > 0) {
    process.stdout.write(buffer.join('\n') + '\n');
  }
});
