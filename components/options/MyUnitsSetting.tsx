// 我的单位: the reader's own units as a textarea (one a line, aliases after =, kind after |), saved on change,
// with a live reading of it underneath (how each line is understood, and the lines that cannot be used, by number).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { MY_UNITS_LIMITS, parseMyUnits, type MyUnit, type MyUnitProblem } from '@/lib/domain/mine';
import { normalizeUnit } from '@/lib/domain/unit-names';
import type { SectionProps } from './types';

function problemText(problem: MyUnitProblem): string {
  const line = String(problem.line);
  switch (problem.error) {
    case 'unknown-kind':
      return t('mine_problem_unknownKind', [line, problem.kind]);
    case 'no-name':
      return t('mine_problem_noName', line);
    case 'too-long':
      return t('mine_problem_tooLong', [line, String(MY_UNITS_LIMITS.name)]);
    case 'too-many':
      return t('mine_problem_tooMany', [line, String(MY_UNITS_LIMITS.lines)]);
  }
}

function UnitReading({ unit }: { unit: MyUnit }) {
  const [name, ...aliases] = unit.names;
  const normalised = normalizeUnit(name).display;
  return (
    <li data-luoshi-my-unit={name} data-kind={unit.kind}>
      <strong>{name}</strong>
      <span class={`kind kind-${unit.kind}`}>
        {t(`mine_kind_${unit.kind}`)}
        {!unit.kindGiven && <span class="muted">（{t('mine_options_kindByEnding')}）</span>}
      </span>
      {normalised !== name && <span class="muted">{t('mine_options_normalised', normalised)}</span>}
      {aliases.length > 0 && (
        <span class="muted" title={aliases.join('、')}>
          {t('mine_options_aliases', String(aliases.length))}
        </span>
      )}
      <span class="muted">{t('mine_options_collectives', t(`mine_collectives_${unit.kind}`))}</span>
    </li>
  );
}

export function MyUnitsSetting({ settings, save }: SectionProps) {
  const [text, setText] = useState(settings.myUnits);
  const editing = useRef(false);
  // a change made elsewhere (another options tab) shows here, unless the reader is typing
  useEffect(() => {
    if (!editing.current) setText(settings.myUnits);
  }, [settings.myUnits]);
  const reading = useMemo(() => parseMyUnits(text), [text]);

  return (
    <section aria-labelledby="my-units-heading">
      <h2 id="my-units-heading">{t('mine_options_heading')}</h2>
      <p class="hint" id="my-units-hint">
        {t('mine_options_hint')}
      </p>
      <label for="my-units" class="field-label">
        {t('mine_options_label')}
      </label>
      <textarea
        id="my-units"
        data-luoshi-setting="my-units"
        rows={5}
        spellcheck={false}
        maxLength={MY_UNITS_LIMITS.text}
        placeholder={t('mine_options_placeholder')}
        value={text}
        aria-describedby={reading.problems.length ? 'my-units-problems my-units-hint' : 'my-units-hint'}
        aria-invalid={reading.problems.length ? 'true' : undefined}
        onFocus={() => (editing.current = true)}
        onBlur={() => (editing.current = false)}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => void save({ myUnits: event.currentTarget.value })}
      />
      {reading.problems.length > 0 && (
        <ul class="my-units-problems error" id="my-units-problems" role="alert">
          {reading.problems.map((problem) => (
            <li key={problem.line}>{problemText(problem)}</li>
          ))}
        </ul>
      )}
      <h3>{t('mine_options_preview')}</h3>
      {reading.units.length === 0 ? (
        <p class="empty">{t('mine_options_empty')}</p>
      ) : (
        <ul class="my-units-reading">
          {reading.units.map((unit) => (
            <UnitReading unit={unit} key={unit.line} />
          ))}
        </ul>
      )}
    </section>
  );
}
