import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import {
  FormWithSummary,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { CycleRow } from '../core.repository.ts';
import { AVAILABILITY, GENDERS, TOPICS } from '../mentoring.tables.ts';
import type { ProgrammeView } from './programme-page.tsx';
import { CheckGroup, YesBox } from './application-parts.tsx';

const k = (key: string) => `mentoring.applications.${key}`;

function Unavailable({ ctx, cycle, already }: { ctx: ViewContext; cycle: CycleRow | null; already: string | null }) {
  if (!cycle) return <p class="kern-body">{ctx.t(k('closed'))}</p>;
  if (!already) return null;
  return (
    <p class="kern-body">
      {already === 'mentor'
        ? ctx.t(k('alreadyMentor'))
        : ctx.t(k('alreadyApplied'), { status: ctx.t(k(`status.${already}`)) })}{' '}
      <a class="kern-link" href={`/${ctx.locale}/me/mentoring`}>
        {ctx.t(k('toMine'))}
      </a>
    </p>
  );
}

const topics = (ctx: ViewContext) => TOPICS.map((t) => [t, ctx.t(`mentoring.topic.${t}`)] as [string, string]);
const availability = (ctx: ViewContext) =>
  AVAILABILITY.map((a) => [a, ctx.t(`mentoring.availability.${a}`)] as [string, string]);

/** The mentee's application, in the reader's language. */
export function ApplyPage({
  ctx,
  tenant,
  p,
  cycle,
  mentors,
  already,
  state,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  p: ProgrammeView;
  cycle: CycleRow | null;
  mentors: { id: string; displayName: string }[];
  already: string | null;
  state: FormState;
}) {
  const title = ctx.t(k('apply.title'), { programme: p.title });
  const base = `/${ctx.locale}/m/${tenant.slug}/mentoring/${p.programme.slug}`;
  const labels = {
    displayName: ctx.t(k('field.displayName')),
    motivation: ctx.t(k('field.motivation')),
    topics: ctx.t(k('field.topics')),
    committees: ctx.t(k('field.committees')),
    languages: ctx.t(k('field.languages')),
    availability: ctx.t(k('field.availability')),
    accessibility: ctx.t(k('field.accessibility')),
    gender: ctx.t(k('field.gender')),
    politicalDirection: ctx.t(k('field.politicalDirection')),
    politicalConsent: ctx.t(k('field.politicalConsent')),
    preferredMentorId: ctx.t(k('field.preferredMentor')),
    privacy: ctx.t(k('field.privacy')),
  };
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={base}>{ctx.t(k('backToProgramme'))}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <Unavailable ctx={ctx} cycle={cycle} already={already} />
      {cycle && !already && (
        <>
          <p class="kern-body">{ctx.t(k('apply.intro'), { cycle: cycle.name, places: cycle.places })}</p>
          <FormWithSummary
            ctx={ctx}
            state={state}
            labels={labels}
            action={`${base}/apply`}
            submit={ctx.t(k('apply.submit'))}
          >
            <TextField
              ctx={ctx}
              state={state}
              name="displayName"
              label={labels.displayName}
              hint={ctx.t(k('field.displayNameHint'))}
              required
            />
            <TextArea
              ctx={ctx}
              state={state}
              name="motivation"
              label={labels.motivation}
              hint={ctx.t(k('field.motivationHint'))}
              required
            />
            <CheckGroup ctx={ctx} state={state} name="topics" legend={labels.topics} options={topics(ctx)} />
            <TextField
              ctx={ctx}
              state={state}
              name="committees"
              label={labels.committees}
              hint={ctx.t(k('field.committeesHint'))}
            />
            <TextField
              ctx={ctx}
              state={state}
              name="languages"
              label={labels.languages}
              hint={ctx.t(k('field.languagesHint'))}
              required
            />
            <CheckGroup
              ctx={ctx}
              state={state}
              name="availability"
              legend={labels.availability}
              options={availability(ctx)}
            />
            <TextArea
              ctx={ctx}
              state={state}
              name="accessibility"
              label={labels.accessibility}
              hint={ctx.t(k('field.accessibilityHint'))}
              rows={2}
            />
            <SelectField
              ctx={ctx}
              state={state}
              name="gender"
              label={labels.gender}
              hint={ctx.t(k('field.genderHint'))}
              options={GENDERS.map((g) => [g, ctx.t(`mentoring.gender.${g}`)])}
            />
            {mentors.length > 0 && (
              <SelectField
                ctx={ctx}
                state={state}
                name="preferredMentorId"
                label={labels.preferredMentorId}
                hint={ctx.t(k('field.preferredMentorHint'))}
                options={mentors.map((m) => [m.id, m.displayName])}
              />
            )}
            {p.programme.asksPolitical && (
              <>
                <TextField
                  ctx={ctx}
                  state={state}
                  name="politicalDirection"
                  label={labels.politicalDirection}
                  hint={ctx.t(k('field.politicalDirectionHint'))}
                />
                <YesBox
                  ctx={ctx}
                  state={state}
                  name="politicalConsent"
                  label={ctx.t(k('field.politicalConsentText'))}
                />
              </>
            )}
            <YesBox ctx={ctx} state={state} name="privacy" label={ctx.t(k('field.privacyText'))} />
          </FormWithSummary>
        </>
      )}
    </Layout>
  );
}

/** A mentor's sign-up: body, faction, committees, languages, how many mentees. */
export function MentorSignUpPage({
  ctx,
  tenant,
  p,
  cycle,
  already,
  state,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  p: ProgrammeView;
  cycle: CycleRow | null;
  already: string | null;
  state: FormState;
}) {
  const title = ctx.t(k('mentor.title'), { programme: p.title });
  const base = `/${ctx.locale}/m/${tenant.slug}/mentoring/${p.programme.slug}`;
  const labels = {
    displayName: ctx.t(k('field.displayName')),
    body: ctx.t(k('field.body')),
    faction: ctx.t(k('field.faction')),
    committees: ctx.t(k('field.committees')),
    topics: ctx.t(k('field.topics')),
    languages: ctx.t(k('field.languages')),
    availability: ctx.t(k('field.availability')),
    capacity: ctx.t(k('field.capacity')),
  };
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={base}>{ctx.t(k('backToProgramme'))}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <Unavailable ctx={ctx} cycle={cycle} already={already} />
      {cycle && !already && (
        <>
          <p class="kern-body">{ctx.t(k('mentor.intro'), { cycle: cycle.name })}</p>
          <FormWithSummary
            ctx={ctx}
            state={state}
            labels={labels}
            action={`${base}/mentor`}
            submit={ctx.t(k('mentor.submit'))}
          >
            <TextField
              ctx={ctx}
              state={state}
              name="displayName"
              label={labels.displayName}
              hint={ctx.t(k('field.displayNameHint'))}
              required
            />
            <TextField
              ctx={ctx}
              state={state}
              name="body"
              label={labels.body}
              hint={ctx.t(k('field.bodyHint'))}
              required
            />
            <TextField
              ctx={ctx}
              state={state}
              name="faction"
              label={labels.faction}
              hint={ctx.t(k('field.factionHint'))}
            />
            <TextField
              ctx={ctx}
              state={state}
              name="committees"
              label={labels.committees}
              hint={ctx.t(k('field.committeesHint'))}
            />
            <CheckGroup ctx={ctx} state={state} name="topics" legend={labels.topics} options={topics(ctx)} />
            <TextField
              ctx={ctx}
              state={state}
              name="languages"
              label={labels.languages}
              hint={ctx.t(k('field.languagesHint'))}
              required
            />
            <CheckGroup
              ctx={ctx}
              state={state}
              name="availability"
              legend={labels.availability}
              options={availability(ctx)}
            />
            <TextField
              ctx={ctx}
              state={state}
              name="capacity"
              type="number"
              inputmode="numeric"
              label={labels.capacity}
              hint={ctx.t(k('field.capacityHint'))}
              required
            />
          </FormWithSummary>
        </>
      )}
    </Layout>
  );
}
