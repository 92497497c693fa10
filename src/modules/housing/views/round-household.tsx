import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { type HouseholdExplanation, renderLine } from '../rounds.explain.ts';

/**
 * "Why this flat" / "why not yet" for the household's own page, in the reader's language: the latest round a person
 * decided that included the household. The household page of the apply part renders this section.
 */
export function HouseholdRoundSection({
  ctx,
  explanation,
}: {
  ctx: ViewContext;
  explanation: HouseholdExplanation | null;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="housing-round-why">
      <h2 class="kern-heading-medium" id="housing-round-why">
        {t('housing.office.household.title')}
      </h2>
      {explanation === null ? (
        <p class="kern-body">{t('housing.office.household.none')}</p>
      ) : (
        <>
          <p class="kern-body">
            {t(explanation.kind === 'offer' ? 'housing.office.household.offer' : 'housing.office.household.notYet', {
              date: ctx.date(explanation.roundDate),
            })}
          </p>
          <ul class="kern-list">
            {explanation.lines.map((l) => (
              <li>{renderLine(t, l)}</li>
            ))}
          </ul>
        </>
      )}
      <p class="kern-body">{t('housing.office.household.ask')}</p>
    </section>
  );
}

/** The section on a page of its own, linked from the household's profile. */
export function HouseholdWhyPage({
  ctx,
  tenant,
  explanation,
  hasHousehold,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  explanation: HouseholdExplanation | null;
  hasHousehold: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('housing.office.household.title')}>
      <h1 class="kern-heading-large">{t('housing.office.household.title')}</h1>
      <p class="kern-body">
        <bdi>{tenant.name}</bdi>
      </p>
      {hasHousehold ? (
        <HouseholdRoundSection ctx={ctx} explanation={explanation} />
      ) : (
        <p class="kern-body">{t('housing.office.household.noProfile')}</p>
      )}
    </Layout>
  );
}
