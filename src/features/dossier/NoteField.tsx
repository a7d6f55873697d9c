/** A short free-text field (≤ 500 characters, the note schema's limit) with a visible label. */
export function NoteField(props: { label: string; value: string; onInput: (value: string) => void; required?: boolean }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <textarea rows="2" maxlength="500" aria-required={props.required === true ? 'true' : undefined} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </label>
  );
}
