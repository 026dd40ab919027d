#!/usr/bin/env node
// The process-level peer of `digest parse FILES…`: a script that reads each file named on its
// command line and parses it with remark-parse, printing nothing. The benchmark times both.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const processor = unified().use(remarkParse);
let nodes = 0;
for (const file of process.argv.slice(2)) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
if (nodes < 0) console.log(nodes);
