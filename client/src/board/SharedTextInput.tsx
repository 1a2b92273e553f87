import { useEffect, useId, useState } from 'react';

interface SharedTextInputProps {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  testId: string;
  onChange: (value: string) => void;
}

/**
 * A one-line field stored as a whole value (last writer wins). While the writer is in it, their draft is what
 * the field shows, so a remote write cannot jump their caret; others' changes appear once they leave it.
 */
export function SharedTextInput({ label, hint, value, maxLength, testId, onChange }: SharedTextInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field-hint" id={`${id}-hint`}>{hint}</p>}
      <input
        id={id}
        type="text"
        value={draft}
        maxLength={maxLength}
        data-testid={testId}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
