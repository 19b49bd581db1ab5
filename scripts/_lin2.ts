import { extract } from '../lib/extract/index';
const MIX = '要在月底前完成局委办县乡镇增长亿元左右确保力争各部门、,。;:()xX×0123456789 \n';
let seed = 1; const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const mk = (n: number) => { let t = ''; for (let i = 0; i < n; i++) t += MIX[Math.floor(rnd() * MIX.length)]; return t; };
extract(mk(20000));
for (const n of [200000, 400000, 800000, 2000000]) { const t = mk(n); const t0 = performance.now(); extract(t); console.log(n, (performance.now() - t0).toFixed(0)); }
