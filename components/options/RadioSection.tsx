// A settings section that is one choice among a few: a fieldset with its heading, a hint and radio buttons.
import type { ComponentChildren } from 'preact';

export interface RadioSectionProps<T extends string> {
  /** the radio group's name, also the prefix of the hint's id */
  name: string;
  heading: string;
  hint: string;
  choices: { value: T; label: string }[];
  value: T;
  onChoose(value: T): void;
  /** more controls under the choices (the fixed date field) */
  children?: ComponentChildren;
}

export function RadioSection<T extends string>({ name, heading, hint, choices, value, onChoose, children }: RadioSectionProps<T>) {
  const hintId = `${name}-hint`;
  return (
    <section>
      <fieldset>
        <legend>
          <h2>{heading}</h2>
        </legend>
        <p class="hint" id={hintId}>
          {hint}
        </p>
        {choices.map((choice) => (
          <label class="radio" key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={hintId}
              onChange={() => onChoose(choice.value)}
            />
            {choice.label}
          </label>
        ))}
        {children}
      </fieldset>
    </section>
  );
}
