import { For } from 'solid-js';
import type { ResultFlags } from '../../domain/dossierLifecycle.ts';
import type { Procedure } from '../../domain/procedure.ts';
import { applicableFlags, resultFlagLabel } from './resultFlags.ts';

/** The result's yes/no facts as toggles (only those that apply to the procedure). */
export function ResultFlagsFields(props: { procedure: Procedure; flags: ResultFlags; onChange: (next: ResultFlags) => void; legend: string }) {
  return (
    <fieldset class="choices flags">
      <legend>{props.legend}</legend>
      <For each={applicableFlags(props.procedure)}>
        {(flag) => (
          <label class="toggle">
            <input type="checkbox" checked={props.flags[flag]} onChange={(e) => props.onChange({ ...props.flags, [flag]: e.currentTarget.checked })} />
            {resultFlagLabel(flag)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
