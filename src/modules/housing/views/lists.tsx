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

/** A KERN list of lines, or the sentence saying there are none. */
export function LinesOrNone({ lines, none }: { lines: string[]; none: string }) {
  if (lines.length === 0) return <p class="kern-body">{none}</p>;
  return (
    <ul class="kern-list">
      {lines.map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  );
}
