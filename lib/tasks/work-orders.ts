// Which clipped sentences are work orders, the rows a 任务分解表 would hold: 摘录全部 clips these by default and
// offers the rest one click later (components/popup/App.tsx), never dropping them unseen. Pure; the rule is the
// data in WORK_ORDER_RULE, the function only combines it.
//
// The rule (issue 11): a sentence is a work order when it names a specific unit AND
//   - a deadline (any kind but 'ongoing': 长期坚持 sets no time), or
//   - a target (目标/指标), or
//   - a strong directive (必须, 确保, 尽快, 牵头 …).
// A unit is specific unless it is one of the vague collectives a speech addresses everyone with (各部门, 有关单位,
// 政府, 企业, 各级各部门): 政府要讲诚信,企业也要讲诚信。 tells no one in particular to do anything.
import type { DeadlineRecord, TaskDraft } from '../domain/task';

export const WORK_ORDER_RULE = {
  /** A unit containing one of these addresses an open set of bodies: 有关部门, 市直各有关部门, 各级各部门. */
  vagueWords: ['相关', '有关', '其他', '其余', '所有', '各级', '各位', '全体', '广大'],
  /**
   * Scope words stripped from the front (repeatedly) before the head noun is looked up: 厅属各单位 → 单位,
   * 全县各个企业 → 企业. What is left decides: 各乡镇 → 乡镇 and 各县市区 → 县市区 name a definite set of bodies.
   */
  scopePrefixes: ['全县', '全市', '全区', '全省', '全镇', '县直', '市直', '区直', '省直', '厅属', '局属', '厅系统', '局系统', '机关', '每个', '各个', '各'],
  /** Head nouns that name no body in particular once the scope is stripped (a bare 政府 or 部门). */
  vagueHeads: [
    '部门', '单位', '企业', '政府', '党委', '处室', '地', '方面', '同志', '干部', '我们', '大家',
    '基层单位', '责任部门', '责任单位', '参建单位', '建设单位', '施工单位', '生产单位', '包保部门', '厂家',
  ],
  /** A one-character unit (厅, 局: the speaker's own office in passing) is not specific either. */
  minLength: 2,
  /** Deadline kinds that set a time: all but 'ongoing' (长期坚持, 常态化). */
  timedKinds: ['date', 'start', 'placeholder', 'recurring'] as readonly DeadlineRecord['kind'][],
  /**
   * Words of a binding order (not 要 alone, which exhorts as often as it orders; not 负责, which is mostly 负责人
   * or 负责同志).
   */
  strongDirectives: [
    '必须', '务必', '确保', '一律', '严禁', '不得', '限期', '尽快', '抓紧', '立即', '马上', '牵头', '按时', '按期',
    '定期', '报送', '上报', '督查', '督办', '督促检查',
  ],
} as const;

/** Whether a unit names a particular body (县发改委, 各乡镇, 交通部门) rather than everyone (各部门, 有关单位, 企业). */
export function isSpecificUnit(unit: string, rule = WORK_ORDER_RULE): boolean {
  const name = unit.replace(/\s+/g, '');
  if ([...name].length < rule.minLength) return false;
  if (rule.vagueWords.some((word) => name.includes(word))) return false;
  let head = name;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const prefix of rule.scopePrefixes) {
      if (head.startsWith(prefix) && head.length > prefix.length) {
        head = head.slice(prefix.length);
        stripped = true;
      }
    }
  }
  return !(rule.vagueHeads as readonly string[]).includes(head);
}

export type WorkOrderFields = Pick<TaskDraft, 'text' | 'units' | 'deadlines' | 'targets'>;

/** Why a sentence is a work order, or null when it is not one. */
export function workOrderReason(task: WorkOrderFields, rule = WORK_ORDER_RULE): 'deadline' | 'target' | 'directive' | null {
  if (!task.units.some((unit) => isSpecificUnit(unit, rule))) return null;
  if (task.deadlines.some((deadline) => rule.timedKinds.includes(deadline.kind))) return 'deadline';
  if (task.targets.length > 0) return 'target';
  if (rule.strongDirectives.some((word) => task.text.includes(word))) return 'directive';
  return null;
}

export const isWorkOrder = (task: WorkOrderFields, rule = WORK_ORDER_RULE): boolean => workOrderReason(task, rule) !== null;

/** The drafts split in two, each in its original order: work orders, and the rest. */
export function splitWorkOrders<T extends WorkOrderFields>(tasks: readonly T[], rule = WORK_ORDER_RULE): { orders: T[]; rest: T[] } {
  const orders: T[] = [];
  const rest: T[] = [];
  for (const task of tasks) (isWorkOrder(task, rule) ? orders : rest).push(task);
  return { orders, rest };
}
