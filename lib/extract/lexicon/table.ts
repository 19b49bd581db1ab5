// What the engine knows about task tables flattened to text (a Word/PDF/web table copied as lines whose cells are
// separated by tabs, ideographic spaces or runs of spaces). Data only; the matching code is ../table.ts.

/** Labels of a table's task column (the row's work item; its quantities are the row's targets). */
export const TASK_COLUMN_LABELS: readonly string[] = [
  '工作任务', '重点任务', '任务内容', '目标任务', '工作内容', '主要任务', '具体任务', '工作目标', '任务事项', '重点工作',
  '工作事项', '主要内容', '建设内容', '目标要求', '具体措施', '工作措施', '任务名称', '项目名称',
];

/** Labels of other columns a task table may carry: they help to recognise a header but hold no span. */
export const OTHER_COLUMN_LABELS: readonly string[] = ['序号', '类别', '责任领导', '分管领导', '联系领导', '责任人', '备注', '领域'];

/**
 * Cell gaps: a tab, an ideographic space, or two or more ASCII spaces. A single ASCII space is PDF debris inside a
 * sentence, not a column gap.
 */
export const CELL_GAP = /\t+|\u3000+| {2,}/g;

/**
 * Words inside a header cell that tell its kind when the label is not one of the lists above (具体目标, 年度目标任务,
 * 牵头责任单位, 完成时间节点). Checked in this order; a header cell is a label only when it is short.
 */
export const COLUMN_KEYWORDS: ReadonlyArray<[string, 'unit' | 'deadline' | 'task']> = [
  ['时限', 'deadline'], ['节点', 'deadline'], ['完成时间', 'deadline'], ['时间', 'deadline'], ['进度', 'deadline'],
  ['单位', 'unit'], ['部门', 'unit'],
  ['目标', 'task'], ['任务', 'task'], ['内容', 'task'], ['措施', 'task'], ['事项', 'task'], ['指标', 'task'],
];

/** Longest header cell read as a label. */
export const MAX_LABEL_LENGTH = 10;
