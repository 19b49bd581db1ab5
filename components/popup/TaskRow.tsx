// One task in the list: done checkbox, the sentence, its units / deadlines / due date / targets, its source link,
// and edit / delete buttons. The row becomes the editor in place.
import { browser } from 'wxt/browser';
import type { Task, TaskPatch } from '../../lib/db/schema';
import { t } from '../../lib/i18n';
import { daysBetween } from '../../lib/dates';
import { startOf } from '../../lib/tasks/due';
import { isOverdue } from '../../lib/tasks/filter';
import { textFragmentUrl } from '../../lib/tasks/fragment';
import { TaskEditor } from './TaskEditor';

export interface TaskRowProps {
  task: Task;
  today: string;
  editing: boolean;
  onEdit(): void;
  onCancelEdit(): void;
  onSave(patch: TaskPatch): Promise<void>;
  onToggleDone(): void;
  onDelete(): void;
}

function dueLabel(task: Task, today: string): { text: string; tone: 'overdue' | 'soon' | 'later' | 'done' } | null {
  if (!task.due) return null;
  const date = t('popup_dueOn', task.due);
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
    <li class={`task status-${task.status}${task.orphaned ? ' orphaned' : ''}`} data-task-id={task.id} data-status={task.status}>
      {props.editing ? (
        <TaskEditor task={task} onSave={props.onSave} onCancel={props.onCancelEdit} />
      ) : (
        <div class="task-view">
          <input
            type="checkbox"
            class="task-done"
            checked={task.status === 'done'}
            onChange={props.onToggleDone}
            aria-label={t(task.status === 'done' ? 'popup_markUndone' : 'popup_markDone', task.text.slice(0, 40))}
            data-luoshi-action="toggle-done"
          />
          <div class="task-body">
            <p class="task-text" title={task.text}>{task.text}</p>
            <div class="task-meta">
              {task.status === 'doing' && <span class="chip chip-doing">{t('status_doing')}</span>}
              {due && (
                <span class={`chip chip-due due-${due.tone}`} data-field="due">
                  {due.text}
                </span>
              )}
              {start && (
                <span class="chip chip-start" title={t('popup_startsTitle')} data-field="start">
                  {t('popup_startsOn', start)}
                </span>
              )}
              {task.deadlines.map((deadline) => (
                <span class="chip chip-deadline" title={t('popup_deadlines')} key={deadline.text} data-field="deadline">
                  {deadline.text}
                </span>
              ))}
              {task.units.map((unit) => (
                <span class="chip chip-unit" title={t('popup_units')} key={unit} data-field="unit">
                  {unit}
                </span>
              ))}
              {task.targets.map((target) => (
                <span class="chip chip-target" title={t('popup_targets')} key={target} data-field="target">
                  {target}
                </span>
              ))}
            </div>
            {task.note && <p class="task-note">{task.note}</p>}
            <div class="task-foot">
              {task.orphaned && (
                <span class="flag-orphaned" title={t('popup_orphanedTitle')} data-field="orphaned">
                  ⚠ {t('popup_orphaned')}
                </span>
              )}
              <a
                  class="task-source"
                  href={href}
                  title={t('popup_sourceLinkTitle')}
                  onClick={(event) => {
                    event.preventDefault();
                    void browser.tabs.create({ url: href });
                  }}
                >
                  {t('popup_sourceLink', task.source.title || t('popup_untitledSource'))}
                </a>
              <span class="task-actions">
                <button type="button" onClick={props.onEdit} title={t('popup_editTitle')} data-luoshi-action="edit">
                  {t('popup_edit')}
                </button>
                <button type="button" onClick={props.onDelete} title={t('popup_deleteTitle')} data-luoshi-action="delete">
                  {t('popup_delete')}
                </button>
              </span>
            </div>
          </div>
        </div>
      )}
    </li>
  );
}
