// THE table of CSV columns (任务分解表 shape): order, both header languages and how each cell is read from a task.
// Headers and cells are both derived from this one list, so they can never drift apart.
import { TASK_STATUSES, type Task, type TaskStatus } from '../domain/task';
import { groupUnits } from '../domain/unit-names';
import enStatus from '../../locales/en/status.json';
import zhStatus from '../../locales/zh_CN/status.json';
import type { Settings } from '../settings';
import { localDateTime } from '../dates';

export type CsvHeaderLanguage = Settings['csvHeaders'];
/** 责任单位 as the speech wrote them, or normalised (县发改局 → 县发展和改革局); a setting */
export type CsvUnitNames = Settings['csvUnits'];

export interface CsvCellContext {
  /** position of the task in the exported list, 0-based */
  index: number;
  lang: CsvHeaderLanguage;
  /** the name a unit is written under in the file (unitNamer); default: as the speech wrote it */
  unitName?: (unit: string) => string;
}

export interface CsvColumn {
  key: string;
  header: Readonly<Record<CsvHeaderLanguage, string>>;
  cell(task: Task, context: CsvCellContext): string;
}

/** Several units, targets or deadline texts in one cell. */
export const LIST_SEPARATOR = '、';

/** The status words of both languages at once (the CSV's language is a setting, not the browser's), read from the
 * same locale fragment (status.json) the popup shows them from, so the list and the file always say the same. */
type StatusMessages = Record<`status_${TaskStatus}`, { message: string }>;
const statusLabels = (messages: StatusMessages): Record<TaskStatus, string> =>
  Object.fromEntries(TASK_STATUSES.map((status) => [status, messages[`status_${status}`].message])) as Record<TaskStatus, string>;

export const STATUS_LABELS: Readonly<Record<CsvHeaderLanguage, Readonly<Record<TaskStatus, string>>>> = {
  zh: statusLabels(zhStatus),
  en: statusLabels(enStatus),
};

/**
 * How the 责任单位 column names units across one file: as written, or normalised, each unit under the one name its
 * group shows in the whole file (lib/domain/unit-names.ts groupUnits), so 县发改局 in one row and 县发展改革委 in
 * another are written alike.
 */
export function unitNamer(tasks: readonly Task[], names: CsvUnitNames): ((unit: string) => string) | undefined {
  if (names === 'written') return undefined;
  const counts = new Map<string, number>();
  for (const task of tasks) for (const unit of task.units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  const { groups, groupOf } = groupUnits(counts);
  const display = new Map(groups.map((group) => [group.key, group.display]));
  return (unit) => display.get(groupOf.get(unit) ?? '') ?? unit;
}

/** The 责任单位 cell: the units joined; two spellings of one unit named alike are written once. */
export function unitCell(units: readonly string[], unitName?: (unit: string) => string): string {
  return [...new Set(unitName ? units.map(unitName) : units)].join(LIST_SEPARATOR);
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'index', header: { zh: '序号', en: 'No.' }, cell: (_task, { index }) => String(index + 1) },
  { key: 'text', header: { zh: '任务内容', en: 'Task' }, cell: (task) => task.text },
  { key: 'units', header: { zh: '责任单位', en: 'Responsible units' }, cell: (task, { unitName }) => unitCell(task.units, unitName) },
  {
    key: 'deadlines',
    header: { zh: '完成时限', en: 'Deadline' },
    cell: (task) => task.deadlines.map((deadline) => deadline.text).join(LIST_SEPARATOR),
  },
  { key: 'due', header: { zh: '截止日期', en: 'Due date' }, cell: (task) => task.due ?? '' },
  { key: 'targets', header: { zh: '目标指标', en: 'Targets' }, cell: (task) => task.targets.join(LIST_SEPARATOR) },
  { key: 'status', header: { zh: '状态', en: 'Status' }, cell: (task, { lang }) => STATUS_LABELS[lang][task.status] },
  { key: 'note', header: { zh: '备注', en: 'Note' }, cell: (task) => task.note },
  { key: 'sourceTitle', header: { zh: '来源标题', en: 'Source title' }, cell: (task) => task.source.title },
  { key: 'sourceUrl', header: { zh: '来源链接', en: 'Source URL' }, cell: (task) => task.source.url },
  { key: 'clippedAt', header: { zh: '摘录时间', en: 'Clipped at' }, cell: (task) => localDateTime(new Date(task.createdAt)) },
];

export function csvHeaderRow(lang: CsvHeaderLanguage, columns: readonly CsvColumn[] = CSV_COLUMNS): string[] {
  return columns.map((column) => column.header[lang]);
}

export function csvTaskRow(task: Task, context: CsvCellContext, columns: readonly CsvColumn[] = CSV_COLUMNS): string[] {
  return columns.map((column) => column.cell(task, context));
}
