// Search box, filters (status, unit, due) and order of the list.
import type { Ref } from 'preact';
import { t } from '../../lib/i18n';
import type { DueBucket, ListOrder, ListView, StatusFilter } from '../../lib/tasks/filter';

export interface ToolbarProps {
  view: ListView;
  units: { unit: string; count: number }[];
  onChange(view: ListView): void;
  searchRef: Ref<HTMLInputElement>;
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

export function Toolbar({ view, units, onChange, searchRef }: ToolbarProps) {
  const set = <K extends keyof ListView>(key: K, value: ListView[K]) => onChange({ ...view, [key]: value });
  return (
    <div class="toolbar">
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
      <div class="filters">
        <ViewSelect label={t('popup_filterStatus')} control="status" value={view.status} options={STATUS_OPTIONS} onChange={(v) => set('status', v)} />
        <select aria-label={t('popup_filterUnit')} title={t('popup_filterUnit')} value={view.unit}
          onChange={(event) => set('unit', event.currentTarget.value)} data-luoshi-control="unit">
          <option value="">{t('popup_unitAll')}</option>
          {units.map(({ unit, count }) => (
            <option key={unit} value={unit}>{t('popup_unitOption', [unit, String(count)])}</option>
          ))}
          {view.unit && !units.some((u) => u.unit === view.unit) && <option value={view.unit}>{view.unit}</option>}
        </select>
        <ViewSelect label={t('popup_filterDue')} control="due" value={view.due} options={DUE_OPTIONS} onChange={(v) => set('due', v)} />
        <ViewSelect label={t('popup_order')} control="order" value={view.order} options={ORDER_OPTIONS} onChange={(v) => set('order', v)} />
      </div>
    </div>
  );
}
