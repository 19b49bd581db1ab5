// Tasks for the export tests, built field by field so each test states what it changes.
import type { Task } from '../../../lib/domain/task';
import { task } from '../db/fixtures';

let serial = 0;

/** A dated task with a unit and a target (the db fixtures' task() with export-shaped defaults). */
export function makeTask(overrides: Partial<Task> = {}): Task {
  serial += 1;
  const text = overrides.text ?? `确保第${serial}项任务按期完成`;
  return task(`task-${serial}`, {
    text,
    units: ['发展改革委'],
    deadlines: [{ text: '6月底前', kind: 'date', due: '2025-06-30' }],
    targets: ['完成率100%'],
    due: '2025-06-30',
    source: { url: 'https://www.example.gov.cn/speech.html', title: '在全市工作会议上的讲话' },
    anchor: { exact: text, prefix: '', suffix: '' },
    createdAt: new Date(2025, 2, 5, 8, 3).getTime(),
    updatedAt: new Date(2025, 2, 5, 8, 3).getTime(),
    ...overrides,
  });
}
