import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { MEMBER_ROWS } from '../households.schema.ts';
import { AGE_GROUPS, MEMBER_ROLES } from '../housing.tables.ts';

const formValue = (state: FormState, name: string): string[] => {
  const v = state.values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** One checkbox with its label (KERN), ticked when the form holds its value. */
export function Checkbox({
  state,
  name,
  label,
  value = 'on',
  id,
}: {
  state: FormState;
  name: string;
  label: string;
  value?: string;
  id?: string;
}) {
  const fieldId = id ?? `f-${name}`;
  return (
    <div class="kern-form-check">
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={fieldId}
        name={name}
        value={value}
        checked={formValue(state, name).includes(value)}
      />
      <label class="kern-label" for={fieldId}>
        {label}
      </label>
    </div>
  );
}

/** A group of checkboxes under a legend, with the group's error message. */
export function CheckboxGroup({
  ctx,
  state,
  name,
  legend,
  options,
}: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  legend: string;
  options: [string, string][];
}) {
  const err = state.errors[name];
  return (
    <fieldset class="kern-fieldset" id={`f-${name}`}>
      <legend class="kern-label">{legend}</legend>
      {err && (
        <p class="kern-error">
          <span class="z-visually-hidden">{ctx.t('form.errorPrefix')} </span>
          {ctx.t(err.key, err.values)}
        </p>
      )}
      <div class="kern-fieldset__body">
        {options.map(([value, label], i) => (
          <Checkbox state={state} name={name} value={value} label={label} id={`f-${name}-${i}`} />
        ))}
      </div>
    </fieldset>
  );
}

function RowSelect(props: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  label: string;
  options: [string, string][];
}) {
  const { ctx, state, name, label, options } = props;
  const err = state.errors[name];
  const current = formValue(state, name)[0] ?? '';
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={`f-${name}`}>
        {label}
      </label>
      {err && (
        <p class="kern-error" id={`f-${name}-error`}>
          {ctx.t(err.key, err.values)}
        </p>
      )}
      <div class="kern-form-input__select-wrapper">
        <select
          class="kern-form-input__select"
          id={`f-${name}`}
          name={name}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={err ? `f-${name}-error` : undefined}
        >
          <option value="">{ctx.t('form.choose')}</option>
          {options.map(([v, l]) => (
            <option value={v} selected={v === current}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The household's members: a fixed number of rows (works without JavaScript); empty rows are ignored. */
export function MemberRows({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  const roles = MEMBER_ROLES.map((r): [string, string] => [r, t(`housing.households.role.${r}`)]);
  const ages = AGE_GROUPS.map((a): [string, string] => [a, t('housing.households.ageGroup', { group: a })]);
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">{t('housing.households.members')}</legend>
      <p class="kern-hint">{t('housing.households.membersHint')}</p>
      {Array.from({ length: MEMBER_ROWS }, (_, i) => {
        const n = i + 1;
        return (
          <fieldset class="kern-fieldset z-member">
            <legend class="kern-label">{t('housing.households.member', { n })}</legend>
            <div class="kern-fieldset__body kern-fieldset__body--horizontal">
              <RowSelect
                ctx={ctx}
                state={state}
                name={`m${n}Role`}
                label={t('housing.households.role')}
                options={roles}
              />
              <RowSelect ctx={ctx} state={state} name={`m${n}Age`} label={t('housing.households.age')} options={ages} />
              <div class="kern-form-input">
                <label class="kern-label" for={`f-m${n}Name`}>
                  {t('housing.households.firstName')}
                  <span class="kern-label__optional"> {t('form.optional')}</span>
                </label>
                <input
                  class="kern-form-input__input"
                  id={`f-m${n}Name`}
                  name={`m${n}Name`}
                  value={formValue(state, `m${n}Name`)[0] ?? ''}
                  autocomplete="off"
                />
              </div>
              <Checkbox state={state} name={`m${n}Disabled`} label={t('housing.households.disabled')} />
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
