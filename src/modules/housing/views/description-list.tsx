/** One row of a KERN description list. */
export const descriptionItem = (label: string, value: string) => (
  <div class="kern-description-list-item">
    <dt class="kern-description-list-item__key">{label}</dt>
    <dd class="kern-description-list-item__value">{value}</dd>
  </div>
);

/** A KERN description list of label–value rows. */
export function DescriptionList({ rows }: { rows: [string, string][] }) {
  return <dl class="kern-description-list">{rows.map(([label, value]) => descriptionItem(label, value))}</dl>;
}
