import { Form, SubmitButton } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

const k = (key: string) => `mentoring.certificates.${key}`;

/**
 * The staff's block for a cycle (on the cycle's pairings page): how many completed, how many hold a certificate,
 * and the button that issues the missing ones once the cycle is finished.
 */
export function CertificateIssueBlock({
  ctx,
  action,
  finished,
  completed,
  issued,
}: {
  ctx: ViewContext;
  /** `certificatesIssuePath(…)` */
  action: string;
  finished: boolean;
  completed: number;
  issued: number;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="certificates-title">
      <h2 id="certificates-title" class="kern-heading-medium">
        {t(k('issue.title'))}
      </h2>
      <p class="kern-body">{t(k('issue.hint'), { completed, issued })}</p>
      {!finished ? (
        <p class="kern-body">{t(k('issue.notFinished'))}</p>
      ) : (
        issued < completed && (
          <Form ctx={ctx} action={action}>
            <SubmitButton>{t(k('issue.button'))}</SubmitButton>
          </Form>
        )
      )}
    </section>
  );
}
