// The popup: the task list (live from IndexedDB), its search, filters and order, and the actions on the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { keepBadgeCurrent } from '../../lib/background/badge';
import { notifyPageTabs } from '../../lib/background/notify';
import type { LuoshiDatabase } from '../../lib/db/database';
import { isMineTask } from '../../lib/domain/mine';
import { isOpen, type Task, type TaskDraft, type TaskPatch } from '../../lib/domain/task';
import { deleteTask, listTasks, restoreDeleted, updateTask } from '../../lib/db/tasks';
import { t } from '../../lib/i18n';
import { applyView, DEFAULT_VIEW, unitCounts, type ListView } from '../../lib/tasks/filter';
import { popupToday } from './clock';
import { EmptyState, NoMatch } from './EmptyState';
import { ExportControls } from './ExportControls';
import { clipAll, resolveTargetTab, toggleHighlights, type ClipAllOutcome, type ClipScope, type ToggleOutcome } from './page-actions';
import { TaskRow } from './TaskRow';
import { Toolbar } from './Toolbar';
import { UndoToast, type ToastState } from './UndoToast';
import { useLiveQuery } from './useLiveQuery';
import { useMyUnits } from './useMyUnits';

/**
 * rest: how many sentences of the page 摘录全部 (or 只摘录我的: onlyMine) left out, offered with a button that clips
 * them (of mine only, after 只摘录我的)
 */
type Notice = { tone: 'info' | 'error'; text: string; rest?: { count: number; onlyMine: boolean } };

/** What a clip was asked for: work orders or the rest, of the whole page or only of my tasks (只摘录我的). */
type ClipAsk = { scope: ClipScope; onlyMine: boolean };

function clippedText(added: number, existing: number, { scope, onlyMine }: ClipAsk, rest: number): string {
  if (!added && !existing) {
    if (scope === 'orders' && rest) return t(onlyMine ? 'mine_clipNoWorkOrders' : 'popup_clipNoWorkOrders');
    return t(onlyMine ? 'mine_clipNothingMine' : 'popup_clipNothingFound');
  }
  if (!added) return t('popup_clipAllExisting', String(existing));
  if (!existing) return t('popup_clipAdded', String(added));
  return t('popup_clipAddedAndExisting', [String(added), String(existing)]);
}

function clipNotice(outcome: ClipAllOutcome, ask: ClipAsk): Notice {
  switch (outcome.kind) {
    case 'clipped': {
      const text = clippedText(outcome.added, outcome.existing, ask, outcome.rest);
      if (!outcome.rest) return { tone: 'info', text };
      const left = t(ask.onlyMine ? 'mine_clipRestLeft' : 'popup_clipRestLeft', String(outcome.rest));
      return { tone: 'info', text: `${text}${left}`, rest: { count: outcome.rest, onlyMine: ask.onlyMine } };
    }
    case 'nothing-found':
      return { tone: 'info', text: t(ask.onlyMine ? 'mine_clipNothingMine' : 'popup_clipNothingFound') };
    case 'no-content-script':
      return { tone: 'error', text: t('popup_clipNoContentScript') };
    case 'no-tab':
      return { tone: 'error', text: t('popup_clipNoTab') };
    case 'failed':
      return { tone: 'error', text: t('popup_clipFailed', outcome.error) };
  }
}

function toggleNotice(outcome: ToggleOutcome): Notice {
  if (outcome.kind === 'no-tab') return { tone: 'error', text: t('popup_clipNoTab') };
  if (outcome.kind === 'no-content-script') return { tone: 'error', text: t('popup_clipNoContentScript') };
  const key = outcome.on === true ? 'popup_highlightsOn' : outcome.on === false ? 'popup_highlightsOff' : 'popup_highlightsToggled';
  return { tone: 'info', text: t(key) };
}

/** Whether a key press goes into a field (so '/' is text there, not the search shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function App({ db }: { db: LuoshiDatabase }) {
  const { value: all, error } = useLiveQuery(() => listTasks(db), [db]);
  const [view, setView] = useState<ListView>(DEFAULT_VIEW);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const [busy, setBusy] = useState(false);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const today = popupToday();
  const myUnits = useMyUnits();
  const hasUnits = !!myUnits?.length;

  // 我的任务 is on by default once the reader has set their units (once: turning it off stays off)
  const mineDefaulted = useRef(false);
  useEffect(() => {
    if (myUnits === undefined || mineDefaulted.current) return;
    mineDefaulted.current = true;
    if (myUnits.length) setView((current) => ({ ...current, mine: true }));
  }, [myUnits]);
  useEffect(() => {
    if (myUnits && !myUnits.length) setView((current) => (current.mine ? { ...current, mine: false } : current));
  }, [myUnits]);

  useEffect(() => {
    resolveTargetTab().then(setTabId, () => setTabId(undefined));
    return keepBadgeCurrent(db); // the worker may be asleep while the popup edits
  }, [db]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const tasks = all ?? [];
  const { tasks: visible, groups } = useMemo(() => applyView(tasks, view, today, { myUnits }), [tasks, view, today, myUnits]);
  const units = useMemo(() => unitCounts(tasks), [tasks]);
  const mineIds = useMemo(
    () => new Set(hasUnits ? tasks.filter((task) => isMineTask(task, myUnits!)).map((task) => task.id) : []),
    [tasks, myUnits, hasUnits],
  );
  const openCount = tasks.filter(isOpen).length;

  /** After closing the editor, keyboard focus goes back to the row's edit button. */
  function focusRowButton(id: string, action: string) {
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(id)}"] [data-luoshi-action="${action}"]`)?.focus(),
    );
  }

  async function save(task: Task, patch: TaskPatch) {
    if (Object.keys(patch).length) await updateTask(db, task.id, patch);
    setEditingId(null);
    focusRowButton(task.id, 'edit');
  }

  /** A write that failed (the database refused it): the reader is told, the list shows what is really stored. */
  function writeFailed(error: unknown) {
    setNotice({ tone: 'error', text: t('popup_saveFailed', error instanceof Error ? error.message : String(error)) });
  }

  async function toggleDone(task: Task) {
    await updateTask(db, task.id, { status: task.status === 'done' ? 'todo' : 'done' });
  }

  /** Row position of the last deletion: where keyboard focus goes when its toast closes without undo. */
  const deletedAt = useRef(0);

  async function remove(task: Task) {
    const at = visible.findIndex((other) => other.id === task.id);
    const deleted = await deleteTask(db, task.id);
    if (!deleted) return;
    deletedAt.current = Math.max(0, at);
    void notifyPageTabs(task.source.url);
    setToast({
      message: t('popup_deleted'),
      undo: async () => {
        try {
          const result = await restoreDeleted(db, deleted);
          void notifyPageTabs(task.source.url);
          setToast({ message: t(result.restored ? 'popup_restored' : 'popup_restoreClash') });
          focusRowButton(result.id, 'delete');
        } catch (error) {
          writeFailed(error);
        }
      },
    });
  }

  /** The toast held focus (its 撤销 button): give it to the row now in the deleted one's place, not to nowhere. */
  function closeToast() {
    const hadFocus = !!document.activeElement?.closest('[data-luoshi-toast]');
    setToast(null);
    if (!hadFocus) return;
    requestAnimationFrame(() => {
      const rows = listRef.current?.querySelectorAll<HTMLElement>('[data-task-id] [data-luoshi-action="toggle-done"]');
      const row = rows?.[Math.min(deletedAt.current, rows.length - 1)];
      (row ?? searchRef.current)?.focus();
    });
  }

  /** 摘录全部 (the page's work orders, or with scope 'rest' its other sentences); with onlyMine, of mine only (只摘录我的) */
  async function onClipAll(scope: ClipScope = 'orders', onlyMine = false) {
    setBusy(true);
    setNotice(null);
    try {
      const only = onlyMine && myUnits ? (draft: TaskDraft) => isMineTask(draft, myUnits) : undefined;
      setNotice(clipNotice(await clipAll(tabId, { scope, only }), { scope, onlyMine }));
    } finally {
      setBusy(false);
    }
  }

  /** the sentences the last clip left out, offered with one click (clip-rest) */
  const restOffer = notice?.rest;

  const rowProps = (task: Task) => ({
    task,
    today,
    mine: mineIds.has(task.id),
    editing: editingId === task.id,
    onEdit: () => setEditingId(task.id),
    onCancelEdit: () => {
      setEditingId(null);
      focusRowButton(task.id, 'edit');
    },
    onSave: (patch: TaskPatch) => save(task, patch),
    onToggleDone: () => void toggleDone(task).catch(writeFailed),
    onDelete: () => void remove(task).catch(writeFailed),
  });

  return (
    <div class="popup">
      <header class="top">
        <div class="title-row">
          <h1>
            {t('popup_heading')}
            {all && <span class="open-count" title={t('popup_openCount', String(openCount))}>{t('popup_openCount', String(openCount))}</span>}
          </h1>
          <button type="button" class="primary" onClick={() => void onClipAll()} disabled={busy}
            title={t('popup_clipAllTitle')} data-luoshi-action="clip-all">
            {busy ? t('popup_clipAllBusy') : t('popup_clipAll')}
          </button>
          {hasUnits && (
            <button type="button" onClick={() => void onClipAll('orders', true)} disabled={busy}
              title={t('mine_clipMineTitle')} data-luoshi-action="clip-mine">
              {t('mine_clipMine')}
            </button>
          )}
          <button type="button" onClick={async () => setNotice(toggleNotice(await toggleHighlights(tabId)))}
            title={t('popup_toggleHighlightsTitle')} data-luoshi-action="toggle-highlights">
            {t('popup_toggleHighlights')}
          </button>
        </div>
        {tasks.length > 0 && (
          <Toolbar
            view={view}
            units={units}
            onChange={setView}
            searchRef={searchRef}
            mine={myUnits === undefined ? undefined : { hasUnits, count: mineIds.size }}
            onSetUnits={() => void browser.runtime.openOptionsPage()}
          />
        )}
        {notice && (
          <p class={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-luoshi-notice={notice.tone}>
            <span>{notice.text}</span>
            {restOffer ? (
              <button type="button" class="notice-action" onClick={() => void onClipAll('rest', restOffer.onlyMine)} disabled={busy}
                title={t(restOffer.onlyMine ? 'mine_clipRestTitle' : 'popup_clipRestTitle')} data-luoshi-action="clip-rest">
                {t('popup_clipRest', String(restOffer.count))}
              </button>
            ) : null}
            <button type="button" class="notice-close" onClick={() => setNotice(null)} aria-label={t('popup_dismissNotice')} title={t('popup_dismissNotice')}>
              ×
            </button>
          </p>
        )}
      </header>

      <main class="list-area">
        {error ? (
          <p class="notice notice-error" role="alert">{t('popup_loadFailed', String(error))}</p>
        ) : !all ? (
          <p class="loading">{t('popup_loading')}</p>
        ) : tasks.length === 0 ? (
          <EmptyState />
        ) : visible.length === 0 ? (
          <NoMatch onClear={() => setView({ ...DEFAULT_VIEW, order: view.order })} />
        ) : groups ? (
          <ul class="tasks" ref={listRef} aria-label={t('popup_listLabel')}>
            {groups.map((group) => (
              <li class="group" key={group.key} data-source={group.key}>
                <h2 class="group-title">
                  <span>{group.title || t('popup_untitledSource')}</span>
                  <span class="group-meta">
                    {group.published ? `${t('popup_published', group.published)} · ` : ''}
                    {t('popup_groupCount', String(group.tasks.length))}
                  </span>
                </h2>
                <ul class="tasks">
                  {group.tasks.map((task) => <TaskRow key={task.id} {...rowProps(task)} />)}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <ul class="tasks" ref={listRef} aria-label={t('popup_listLabel')}>
            {visible.map((task) => <TaskRow key={task.id} {...rowProps(task)} />)}
          </ul>
        )}
      </main>

      <footer class="bottom">
        {/* in the footer's flow, so it covers neither the list nor the export buttons */}
        {toast && <UndoToast toast={toast} onClose={closeToast} />}
        <div class="bottom-line">
          <p class="shown-count">
            {tasks.length > 0 && t('popup_shownCount', [String(visible.length), String(tasks.length)])}
          </p>
          <p class="shortcuts">{t('popup_shortcuts')}</p>
        </div>
        <ExportControls db={db} shownTasks={visible} allTasks={tasks} />
      </footer>
    </div>
  );
}
