// Search box, filters (status, unit, due) and order of the list.
import type { Ref } from 'preact';
import { t } from '../../lib/i18n';
import type { DueBucket, ListOrder, ListView, StatusFilter, UnitOption } from '../../lib/tasks/filter';

export interface ToolbarProps {
  view: ListView;
  units: UnitOption[];
  onChange(view: ListView): void;
  searchRef: Ref<HTMLInputElement>;
  /** 我的任务: whether the reader has set their units and how many tasks are mine; undefined while loading */
  mine?: { hasUnits: boolean; count: number };
  /** opens the options page, where the units are set */
  onSetUnits(): void;
}

const STATUS_OPTIONS: [StatusFilter, string][] = [
  ['all', 'popup_statusAll'],
  ['open', 'popup_statusOpen'],
  ['todo', 'status_todo'],
  ['doing', 'status_doing'],
  ['done', 'status_done'],
];
const DUE_OPTIONS: [DueBucket, string][] = [
  ['all', 'popup_dueAll'],
  ['overdue', 'popup_dueOverdue'],
  ['week', 'popup_dueWeek'],
  ['month', 'popup_dueMonth'],
  ['none', 'popup_dueNone'],
];
const ORDER_OPTIONS: [ListOrder, string][] = [
  ['due', 'popup_orderDue'],
  ['source', 'popup_orderSource'],
];

/** One of the list's fixed choices (status, due, order): options are [value, locale key]. */
function ViewSelect<V extends string>(props: { label: string; control: string; value: V; options: [V, string][]; onChange(value: V): void }) {
  return (
    <select aria-label={props.label} title={props.label} value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value as V)} data-luoshi-control={props.control}>
      {props.options.map(([value, key]) => (
        <option key={value} value={value}>{t(key)}</option>
      ))}
    </select>
  );
}

/** 我的任务 as a toggle button (aria-pressed), or, before any unit is set, the way to set them. */
function MineToggle({ view, mine, onChange, onSetUnits }: Pick<ToolbarProps, 'view' | 'mine' | 'onChange' | 'onSetUnits'>) {
  if (!mine) return null;
  if (!mine.hasUnits) {
    return (
      <button type="button" class="mine-toggle link" onClick={onSetUnits} title={t('mine_setUnitsTitle')} data-luoshi-action="set-my-units">
        {t('mine_setUnits')}
      </button>
    );
  }
  return (
    <button type="button" class="mine-toggle" aria-pressed={view.mine} title={t('mine_filterTitle')} data-luoshi-filter="mine"
      onClick={() => onChange({ ...view, mine: !view.mine })}>
      {view.mine ? '✓ ' : ''}{t('mine_filter', String(mine.count))}
    </button>
  );
}

export function Toolbar({ view, units, onChange, searchRef, mine, onSetUnits }: ToolbarProps) {
  const set = <K extends keyof ListView>(key: K, value: ListView[K]) => onChange({ ...view, [key]: value });
  // the chosen unit may be any spelling of a group: the select shows the group
  const unitValue = units.find((option) => option.written.includes(view.unit))?.unit ?? view.unit;
  return (
    <div class="toolbar">
      <div class="search-row">
        <input
          ref={searchRef}
          type="search"
          class="search"
          value={view.search}
          placeholder={t('popup_searchPlaceholder')}
          aria-label={t('popup_searchLabel')}
          title={t('popup_searchTitle')}
          onInput={(event) => set('search', event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && view.search) {
              event.preventDefault();
              set('search', '');
            }
          }}
          data-luoshi-control="search"
        />
        <MineToggle view={view} mine={mine} onChange={onChange} onSetUnits={onSetUnits} />
      </div>
      <div class="filters">
        <ViewSelect label={t('popup_filterStatus')} control="status" value={view.status} options={STATUS_OPTIONS} onChange={(v) => set('status', v)} />
        <select aria-label={t('popup_filterUnit')} title={t('popup_filterUnit')} value={unitValue}
          onChange={(event) => set('unit', event.currentTarget.value)} data-luoshi-control="unit">
          <option value="">{t('popup_unitAll')}</option>
          {units.map(({ unit, display, count, written }) => (
            <option key={unit} value={unit} title={written.join('、')}>{t('popup_unitOption', [display, String(count)])}</option>
          ))}
          {unitValue && !units.some((u) => u.unit === unitValue) && <option value={unitValue}>{unitValue}</option>}
        </select>
        <ViewSelect label={t('popup_filterDue')} control="due" value={view.due} options={DUE_OPTIONS} onChange={(v) => set('due', v)} />
        <ViewSelect label={t('popup_order')} control="order" value={view.order} options={ORDER_OPTIONS} onChange={(v) => set('order', v)} />
      </div>
    </div>
  );
}
