// The limits of a clipped task, without zod: lib/domain/task.ts builds its schema on them, and the page part
// (lib/page/drafts.ts) cuts drafts to fit without loading zod (issue 10 §6: the page part stays small).

/** Longest texts and lists a task may hold: the schema refuses more, and drafts are cut to fit (lib/page/drafts.ts). */
export const TASK_LIMITS = {
  text: 5000,
  listItems: 100,
  unit: 200,
  target: 500,
  deadlines: 50,
  deadlineText: 200,
  url: 4096,
  title: 1000,
} as const;
