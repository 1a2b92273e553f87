/** A private page opened on a device that holds no key for it: say which link to open instead. */
export function MissingKey({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <main className="page narrow" data-testid={testId}>
      <h1>{title}</h1>
      <p>{text}</p>
    </main>
  );
}
