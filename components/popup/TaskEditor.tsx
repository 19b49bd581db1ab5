// In-place editor of one task. Enter in a one-line field or Ctrl/⌘+Enter anywhere saves, Escape cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { TASK_STATUSES, type Task, type TaskPatch } from '../../lib/domain/task';
import { t } from '../../lib/i18n';
import { fieldsOf, patchFrom, type EditorFields } from './edit';

export interface TaskEditorProps {
  task: Task;
  onSave(patch: TaskPatch): Promise<void>;
  onCancel(): void;
}

export function TaskEditor({ task, onSave, onCancel }: TaskEditorProps) {
  const [fields, setFields] = useState<EditorFields>(() => fieldsOf(task));
  const [error, setError] = useState('');
  const first = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    first.current?.focus();
    form.current?.scrollIntoView({ block: 'nearest' }); // the whole form, not just its first field, when it fits
  }, []);

  const set = (name: keyof EditorFields) => (event: { currentTarget: { value: string } }) =>
    setFields((previous) => ({ ...previous, [name]: event.currentTarget.value }));

  async function save() {
    if (!fields.text.trim()) {
      setError(t('popup_textRequired'));
      first.current?.focus();
      return;
    }
    try {
      await onSave(patchFrom(task, fields));
    } catch (failure) {
      setError(t('popup_saveFailed', failure instanceof Error ? failure.message : String(failure)));
    }
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !event.isComposing && (event.ctrlKey || event.metaKey || target.tagName === 'INPUT')) {
      // isComposing: Enter that confirms a pinyin candidate must not save
      event.preventDefault();
      void save();
    }
  }

  const id = (name: string) => `edit-${task.id}-${name}`;
  return (
    <form
      ref={form}
      class="editor"
      title={t('popup_editKeys')}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for={id('text')}>{t('popup_text')}</label>
      <textarea id={id('text')} ref={first} rows={3} value={fields.text} onInput={set('text')} data-field="text" />
      <div class="editor-pair">
        <div>
          <label for={id('units')}>{t('popup_units')}</label>
          <input id={id('units')} value={fields.units} onInput={set('units')} placeholder={t('popup_editUnitsHint')} data-field="units" />
        </div>
        <div>
          <label for={id('status')}>{t('popup_status')}</label>
          <select id={id('status')} value={fields.status} onChange={set('status')} data-field="status">
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status_${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="editor-pair">
        <div>
          <label for={id('deadlines')}>{t('popup_deadlines')}</label>
          <input id={id('deadlines')} value={fields.deadlines} onInput={set('deadlines')} placeholder={t('popup_editDeadlinesHint')} data-field="deadlines" />
        </div>
        <div>
          <label for={id('due')}>{t('popup_dueDate')}</label>
          <input id={id('due')} type="date" value={fields.due} onInput={set('due')} data-field="due" />
        </div>
      </div>
      <label for={id('targets')}>{t('popup_targets')}</label>
      <input id={id('targets')} value={fields.targets} onInput={set('targets')} placeholder={t('popup_editTargetsHint')} data-field="targets" />
      <label for={id('note')}>{t('popup_note')}</label>
      <textarea id={id('note')} rows={1} value={fields.note} onInput={set('note')} data-field="note" />
      {error && (
        <p class="editor-error" role="alert">
          {error}
        </p>
      )}
      <div class="editor-actions">
        <button type="button" onClick={onCancel} data-luoshi-action="cancel">
          {t('popup_cancel')}
        </button>
        <button type="submit" class="primary" data-luoshi-action="save">
          {t('popup_save')}
        </button>
      </div>
    </form>
  );
}
