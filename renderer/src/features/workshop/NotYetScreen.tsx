/** A view whose feature is still being built. */
export function NotYetScreen({ title }: { title: string }) {
  return (
    <section aria-labelledby="not-yet-heading">
      <h2 id="not-yet-heading">{title}</h2>
      <p>This part of the workshop is not available in this version yet.</p>
    </section>
  );
}
