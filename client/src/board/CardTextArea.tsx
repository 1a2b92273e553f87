import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { LIMITS, cardText, editCardText, getCard, type CardId } from '@rembuk/shared';
import { diffText } from '../text/textDiff.js';
import { transformIndex, type TextDelta } from '../text/transformIndex.js';

interface CardTextAreaProps {
  doc: Y.Doc;
  cardId: CardId;
  label: string;
  placeholder: string;
  autoFocus: boolean;
  /** Shown but not editable: the phase or a lock keeps participants from writing. */
  readOnly: boolean;
  /** Bumped to put the caret back into the text (after a privacy warning's "edit"). */
  focusSignal: number;
  /** The writer left the text: the moment to check what they wrote. */
  onLeave: (text: string) => void;
}

/**
 * A textarea bound to one card's Y.Text. It is uncontrolled on purpose: React re-rendering the value on every
 * remote keystroke would throw the caret to the end. Local input becomes the minimal edit (so concurrent typing
 * merges character by character); remote edits are written into the element with the caret moved by their delta.
 */
export function CardTextArea({ doc, cardId, label, placeholder, autoFocus, readOnly, focusSignal, onLeave }: CardTextAreaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // What the element showed when it last agreed with the Y.Text: the base every local diff is taken from.
  const shown = useRef('');

  useEffect(() => {
    const element = ref.current;
    const card = getCard(doc, cardId);
    const text = card ? cardText(card) : undefined;
    if (!element || !text) return undefined;

    shown.current = text.toString();
    element.value = shown.current;

    const onRemoteChange = (event: Y.YTextEvent): void => {
      const value = text.toString();
      if (element.value === value) {
        shown.current = value;
        return;
      }
      const focused = document.activeElement === element;
      const { selectionStart, selectionEnd, selectionDirection } = element;
      const delta = event.delta as TextDelta;
      element.value = value;
      shown.current = value;
      if (focused) {
        element.setSelectionRange(
          transformIndex(selectionStart, delta),
          transformIndex(selectionEnd, delta),
          selectionDirection ?? undefined,
        );
      }
    };
    text.observe(onRemoteChange);
    return () => text.unobserve(onRemoteChange);
  }, [doc, cardId]);

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (focusSignal > 0) ref.current?.focus();
  }, [focusSignal]);

  const onInput = (): void => {
    const element = ref.current;
    if (!element) return;
    const change = diffText(shown.current, element.value);
    if (!change) return;
    editCardText(doc, cardId, change.index, change.deleteCount, change.insert);
    // The shared helper may have trimmed the text to the length limit; show what was really stored.
    const card = getCard(doc, cardId);
    const stored = (card && cardText(card)?.toString()) ?? element.value;
    shown.current = stored;
    if (element.value !== stored) element.value = stored;
  };

  return (
    <textarea
      ref={ref}
      className="card-text"
      data-testid="card-text"
      aria-label={label}
      placeholder={placeholder}
      maxLength={LIMITS.maxCardTextLength}
      rows={2}
      spellCheck
      readOnly={readOnly}
      onInput={onInput}
      onBlur={(event) => onLeave(event.target.value)}
    />
  );
}
