import type { PageTenant } from '../../../platform/db/tenant.ts';
import { Form, type FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { STEP_FIELDS } from '../check.schema.ts';
import { type CheckOutcome, saveHref } from '../check.service.ts';
import { reasonText, type Wording } from '../check.text.ts';
import type { Outcome, Reason } from '../eligibility.engine.ts';
import type { OfficeContact } from '../eligibility.rules.ts';
import { CheckHeading } from './check-fields.tsx';
import { checkHref } from './check-page.tsx';

const C = 'housing.check.';
const ALERT: Record<Outcome, string> = { eligible: 'success', 'not-eligible': 'danger', 'case-by-case': 'warning' };

export const wordingOf = (ctx: ViewContext): Wording => ({ t: ctx.t, money: ctx.money, date: (d) => ctx.date(d) });

function ReasonItem({ ctx, r }: { ctx: ViewContext; r: Reason }) {
  return (
    <li>
      <strong>{ctx.t(`${C}verdict.${r.verdict}`)}:</strong> {reasonText(wordingOf(ctx), r)}
      {r.unsure && <em> ({ctx.t(`${C}result.unsure`)})</em>}
    </li>
  );
}

function Office({ ctx, office }: { ctx: ViewContext; office: OfficeContact }) {
  return (
    <address class="kern-body">
      <bdi lang="de">{office.name}</bdi>
      {office.address && (
        <>
          <br />
          <bdi lang="de">{office.address}</bdi>
        </>
      )}
      {office.email && (
        <>
          <br />
          {ctx.t(`${C}result.email`)}:{' '}
          <a class="kern-link" href={`mailto:${office.email}`}>
            <bdi>{office.email}</bdi>
          </a>
        </>
      )}
      {office.phone && (
        <>
          <br />
          {ctx.t(`${C}result.phone`)}:{' '}
          <a class="kern-link" href={`tel:${office.phone.replace(/[^0-9+]/g, '')}`}>
            <bdi>{office.phone}</bdi>
          </a>
        </>
      )}
    </address>
  );
}

function Fits({ ctx, o }: { ctx: ViewContext; o: CheckOutcome }) {
  const { result, rules } = o;
  return (
    <>
      <h2 class="kern-heading-medium">{ctx.t(`${C}result.fits`)}</h2>
      <ul class="kern-list">
        <li>
          {ctx.t(`${C}result.space`, { m2: result.spaceLimit, extra: rules.space.figures.hardshipMax })}
          {rules.space.unsure && <em> ({ctx.t(`${C}result.unsure`)})</em>}
        </li>
        <li>
          {result.rentLimit === null
            ? ctx.t(`${C}result.noRent`)
            : ctx.t(`${C}result.rent`, { rent: ctx.money(result.rentLimit), persons: result.householdSize })}
        </li>
      </ul>
      {rules.kdu?.example && <p class="kern-body">{ctx.t(`${C}result.example`)}</p>}
    </>
  );
}

function NextSteps({ ctx, m, o }: { ctx: ViewContext; m: PageTenant; o: CheckOutcome }) {
  const target = saveHref(ctx.locale, m.slug, o);
  const save = ctx.user ? target : `/${ctx.locale}/login?next=${encodeURIComponent(target)}`;
  return (
    <>
      <h2 class="kern-heading-medium">{ctx.t(`${C}result.next`)}</h2>
      <p class="kern-body">{ctx.t(`${C}result.next.${o.result.outcome}`)}</p>
      {o.rules.kdu ? (
        <Office ctx={ctx} office={o.rules.kdu.office} />
      ) : (
        <p class="kern-body">{ctx.t(`${C}result.noOffice`)}</p>
      )}
      <p class="kern-body">
        <a class="kern-link" href={save}>
          {ctx.t(`${C}result.save`)}
        </a>
        <br />
        {ctx.t(`${C}result.saveHint`)}
      </p>
    </>
  );
}

/** The check's result: the outcome, each rule applied with its figures, what fits, what to do, the rule version. */
export function CheckResultPage({
  ctx,
  municipality,
  o,
  state,
}: {
  ctx: ViewContext;
  municipality: PageTenant;
  o: CheckOutcome;
  state: FormState;
}) {
  const { result, rules } = o;
  const title = ctx.t(`${C}result.title`);
  return (
    <Layout ctx={ctx} title={`${title} – ${municipality.name}`}>
      <CheckHeading ctx={ctx} municipality={municipality} title={title} />
      <div class={`kern-alert kern-alert--${ALERT[result.outcome]}`} role="status">
        <div class="kern-alert__header">
          <h2 class="kern-title">{ctx.t(`${C}outcome.${result.outcome}`)}</h2>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{ctx.t(`${C}outcome.${result.outcome}.text`, { persons: result.householdSize })}</p>
        </div>
      </div>
      <h2 class="kern-heading-medium">{ctx.t(`${C}result.rules`)}</h2>
      <p class="kern-body">
        {ctx.t(`${C}result.income`, { gross: ctx.money(o.gross), income: ctx.money(result.annualIncome) })}
        {rules.deductions.unsure && <em> ({ctx.t(`${C}result.unsure`)})</em>}
      </p>
      <ul class="kern-list">
        {result.reasons.map((r) => (
          <ReasonItem ctx={ctx} r={r} />
        ))}
      </ul>
      <Fits ctx={ctx} o={o} />
      <NextSteps ctx={ctx} m={municipality} o={o} />
      <h2 class="kern-heading-medium">{ctx.t(`${C}result.about`)}</h2>
      <p class="kern-body">{ctx.t(`${C}result.version`, { date: ctx.date(rules.onDate) })}</p>
      <p class="kern-body">
        <code dir="ltr">{result.ruleVersion}</code>
      </p>
      <p class="kern-body">{ctx.t(`${C}result.disclaimer`)}</p>
      <p class="kern-body">{ctx.t(`${C}result.print`)}</p>
      <Form ctx={ctx} action={checkHref(ctx, municipality)}>
        <input type="hidden" name="step" value="4" />
        {STEP_FIELDS.flat().map((name) => {
          const v = state.values[name];
          const s = Array.isArray(v) ? v[0] : v;
          return s ? <input type="hidden" name={name} value={s} /> : null;
        })}
        <button type="submit" class="kern-btn kern-btn--secondary" name="go" value="back">
          <span class="kern-label">{ctx.t(`${C}result.change`)}</span>
        </button>{' '}
        <a class="kern-link" href={checkHref(ctx, municipality)}>
          {ctx.t(`${C}result.again`)}
        </a>
      </Form>
    </Layout>
  );
}
