// An ES module of the project: relative, package, core and CommonJS imports.
import lib, { greeting } from './lib.cjs';
import { name, twice } from 'cjs-with-json';
import esmOnly, { answer } from 'esm-only';
import { kind } from 'exp-sub/sync';
import { EventEmitter } from 'node:events';
import * as fsNs from 'fs';
export const summary = [lib.count, greeting, name, twice(21), esmOnly, answer, kind, typeof EventEmitter, typeof fsNs.readFileSync, typeof fsNs.default.readFileSync];
