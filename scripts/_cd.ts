import cd from 'chinese-days';
const { findWorkday, getSolarDateFromLunar, getSolarTermDate, isWorkday } = cd;
console.log(findWorkday(10,'2026-12-15'), getSolarDateFromLunar('2026-08-15'), getSolarTermDate(2026,4,'pure_brightness'), isWorkday('2026-10-10'), findWorkday(1, '2026-09-30'), getSolarDateFromLunar('2026-05-05'));
