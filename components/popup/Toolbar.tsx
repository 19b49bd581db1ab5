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
  ['todo', 'popup_status_todo'],
  ['doing', 'popup_status_doing'],
  ['done', 'popup_status_done'],
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
        <select aria-label={t('popup_filterStatus')} title={t('popup_filterStatus')} value={view.status}
          onChange={(event) => set('status', event.currentTarget.value as StatusFilter)} data-luoshi-control="status">
          {STATUS_OPTIONS.map(([value, key]) => (
            <option key={value} value={value}>{t(key)}</option>
          ))}
        </select>
        <select aria-label={t('popup_filterUnit')} title={t('popup_filterUnit')} value={view.unit}
          onChange={(event) => set('unit', event.currentTarget.value)} data-luoshi-control="unit">
          <option value="">{t('popup_unitAll')}</option>
          {units.map(({ unit, count }) => (
            <option key={unit} value={unit}>{t('popup_unitOption', [unit, String(count)])}</option>
          ))}
          {view.unit && !units.some((u) => u.unit === view.unit) && <option value={view.unit}>{view.unit}</option>}
        </select>
        <select aria-label={t('popup_filterDue')} title={t('popup_filterDue')} value={view.due}
          onChange={(event) => set('due', event.currentTarget.value as DueBucket)} data-luoshi-control="due">
          {DUE_OPTIONS.map(([value, key]) => (
            <option key={value} value={value}>{t(key)}</option>
          ))}
        </select>
        <select aria-label={t('popup_order')} title={t('popup_order')} value={view.order}
          onChange={(event) => set('order', event.currentTarget.value as ListOrder)} data-luoshi-control="order">
          {ORDER_OPTIONS.map(([value, key]) => (
            <option key={value} value={value}>{t(key)}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
