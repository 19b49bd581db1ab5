// One task in the list, compact enough for six at the popup's size (420 × 560): done checkbox (★ under it when the
// task is mine), the sentence (two lines at most), one line of state / due date / units / deadlines / targets /
// section, and the source link and edit / delete buttons, shown on hover or keyboard focus. The row becomes the
// editor in place.
import { browser } from 'wxt/browser';
import type { Task, TaskPatch } from '../../lib/domain/task';
import { t } from '../../lib/i18n';
import { daysBetween } from '../../lib/dates';
import { startOf } from '../../lib/tasks/due';
import { isOverdue } from '../../lib/tasks/filter';
import { textFragmentUrl } from '../../lib/tasks/fragment';
import { TaskEditor } from './TaskEditor';

export interface TaskRowProps {
  task: Task;
  today: string;
  /** a task for one of the reader's units (lib/domain/mine.ts) */
  mine: boolean;
  editing: boolean;
  onEdit(): void;
  onCancelEdit(): void;
  onSave(patch: TaskPatch): Promise<void>;
  onToggleDone(): void;
  onDelete(): void;
}

/** YYYY-MM-DD, or MM-DD within today's year: the row has one line for its state, dates and units. */
export function shortDate(day: string, today: string): string {
  return day.slice(0, 4) === today.slice(0, 4) ? day.slice(5) : day;
}

function dueLabel(task: Task, today: string): { text: string; tone: 'overdue' | 'soon' | 'later' | 'done' } | null {
  if (!task.due) return null;
  const date = t('popup_dueOn', shortDate(task.due, today));
  if (task.status === 'done') return { text: date, tone: 'done' };
  const days = daysBetween(today, task.due);
  if (isOverdue(task, today)) return { text: `${date} · ${t('popup_overdueDays', String(-days))}`, tone: 'overdue' };
  if (days === 0) return { text: `${date} · ${t('popup_dueToday')}`, tone: 'soon' };
  if (days === 1) return { text: `${date} · ${t('popup_dueTomorrow')}`, tone: 'soon' };
  return { text: `${date} · ${t('popup_dueInDays', String(days))}`, tone: days <= 7 ? 'soon' : 'later' };
}

export function TaskRow(props: TaskRowProps) {
  const { task, today } = props;
  const due = dueLabel(task, today);
  // a start date (…后) is when work may begin: labelled 开始, never 截止 or 逾期
  const start = startOf(task.deadlines);
  const href = textFragmentUrl(task);
  return (
    <li class={`task status-${task.status}${task.orphaned ? ' orphaned' : ''}${props.mine ? ' mine' : ''}`} data-task-id={task.id}
      data-status={task.status} data-luoshi-mine={props.mine ? '' : undefined}>
      {props.editing ? (
        <TaskEditor task={task} onSave={props.onSave} onCancel={props.onCancelEdit} />
      ) : (
        <div class="task-view">
          {/* the checkbox, and under it a task that is mine shows ★ (beside the row's red bar: not colour alone; the
              word for screen readers and in the tooltip), so the meta line keeps its room for units and deadlines */}
          <div class="task-lead">
            <input
              type="checkbox"
              class="task-done"
              checked={task.status === 'done'}
              onChange={props.onToggleDone}
              aria-label={t(task.status === 'done' ? 'popup_markUndone' : 'popup_markDone', task.text.slice(0, 40))}
              data-luoshi-action="toggle-done"
            />
            {props.mine && (
              <span class="chip-mine" title={`${t('mine_rowBadge')}：${t('mine_rowBadgeTitle')}`} data-field="mine">
                <span aria-hidden="true">★</span>
                <span class="sr-only">{t('mine_rowBadge')}</span>
              </span>
            )}
          </div>
          <div class="task-body">
            <p class="task-text" title={task.text}>{task.text}</p>
            {/* one line: state and due date first, then who, then the deadline's words, targets and section */}
            <div class="task-meta">
              {task.orphaned && (
                <span class="chip flag-orphaned" title={t('popup_orphanedTitle')} data-field="orphaned">
                  ⚠ {t('popup_orphaned')}
                </span>
              )}
              {task.status === 'doing' && <span class="chip chip-doing">{t('status_doing')}</span>}
              {due && (
                <span class={`chip chip-due due-${due.tone}`} title={t('popup_dueOn', task.due!)} data-field="due" data-due={task.due}>
                  {due.text}
                </span>
              )}
              {start && (
                <span class="chip chip-start" title={`${t('popup_startsOn', start)}：${t('popup_startsTitle')}`} data-field="start" data-start={start}>
                  {t('popup_startsOn', shortDate(start, today))}
                </span>
              )}
              {task.units.map((unit) => (
                <span class="chip chip-unit" title={`${t('popup_units')}：${unit}`} key={unit} data-field="unit">
                  {unit}
                </span>
              ))}
              {task.deadlines.map((deadline) => (
                <span class="chip chip-deadline" title={`${t('popup_deadlines')}：${deadline.text}`} key={deadline.text} data-field="deadline">
                  {deadline.text}
                </span>
              ))}
              {task.targets.map((target) => (
                <span class="chip chip-target" title={`${t('popup_targets')}：${target}`} key={target} data-field="target">
                  {target}
                </span>
              ))}
              {task.section && (
                <span class="task-section" title={t('popup_sectionTitle', task.section)} data-field="section">
                  {task.section}
                </span>
              )}
            </div>
            {task.note && <p class="task-note" title={task.note}>{task.note}</p>}
          </div>
          {/* shown while the row is hovered or holds keyboard focus, so the list keeps its room for tasks */}
          <div class="task-actions">
            <a
              class="task-source"
              href={href}
              title={`${t('popup_sourceLinkTitle')}：${task.source.title || t('popup_untitledSource')}`}
              onClick={(event) => {
                event.preventDefault();
                void browser.tabs.create({ url: href });
              }}
              data-luoshi-action="open-source"
            >
              {t('popup_source')}
            </a>
            <button type="button" onClick={props.onEdit} title={t('popup_editTitle')} data-luoshi-action="edit">
              {t('popup_edit')}
            </button>
            <button type="button" onClick={props.onDelete} title={t('popup_deleteTitle')} data-luoshi-action="delete">
              {t('popup_delete')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
