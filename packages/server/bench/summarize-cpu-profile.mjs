// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package/file and by function, and the
// inclusive time of functions whose name matches a pattern.
// node packages/server/bench/summarize-cpu-profile.mjs <file.cpuprofile>[,<more>…] [top=25] [inclusive-name-regex]
// Several files (comma-separated) add up.
import { readFileSync } from 'node:fs';

const [files, topArg, inclusiveArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
// Node ids are made unique across files by a prefix.
const byId = new Map();
const parent = new Map();
const selfUs = new Map();
for (const [f, file] of files.split(',').entries()) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  for (const n of profile.nodes) byId.set(`${f}:${n.id}`, n);
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(`${f}:${c}`, `${f}:${n.id}`);
  // Sample durations: timeDeltas[i + 1] is the time until the next sample.
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = `${f}:${profile.samples[i]}`;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const where = (cf) => {
  const url = cf.url || '(native)';
  const pnpm = /node_modules\/\.pnpm\/([^/]+)\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[2];
  const ws = /packages\/([^/]+)\/(.*)$/.exec(url);
  if (ws) return `@upfront/${ws[1]}/${ws[2]}`;
  return url.replace(/^file:\/\//, '').replace(/^node:/, 'node:');
};
const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
const byWhere = new Map();
const byFn = new Map();
for (const [id, us] of selfUs) {
  const cf = byId.get(id).callFrame;
  const w = cf.functionName === '(garbage collector)' || cf.functionName === '(program)' || cf.functionName === '(idle)' ? cf.functionName : where(cf);
  add(byWhere, w, us);
  add(byFn, `${cf.functionName || '(anonymous)'} ${w}:${cf.lineNumber + 1}`, us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms`;
const print = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${pct(us)}  ${k}\n`);
};
process.stdout.write(`total sampled ${(total / 1000).toFixed(0)} ms\n`);
print('self time by package / file', byWhere);
print('self time by function', byFn);
if (inclusiveArg) {
  const re = new RegExp(inclusiveArg);
  const incl = new Map();
  for (const [id, us] of selfUs) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const cf = byId.get(at).callFrame;
      const key = `${cf.functionName} ${where(cf)}:${cf.lineNumber + 1}`;
      if (re.test(cf.functionName) && !seen.has(key)) {
        seen.add(key);
        add(incl, key, us);
      }
    }
  }
  print(`inclusive time of functions matching /${inclusiveArg}/`, incl);
}
