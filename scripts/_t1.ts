import { extractByRules, extract } from '../lib/extract/index';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(extractByRules(t, {referenceDate:'2026-12-15'}).spans.map(s=>s.type[0]+':'+s.text+(s.due?'@'+s.due:''))), JSON.stringify(extract(t, {referenceDate:'2026-12-15'}).spans.map(s=>s.type[0]+':'+s.text+(s.due?'@'+s.due:''))));
