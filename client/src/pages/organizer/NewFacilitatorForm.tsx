import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type GroupInfo } from '@rembuk/shared';
import type { NewAccessKey } from '../../api/restClient.js';

interface NewFacilitatorFormProps {
  groups: readonly GroupInfo[];
  busy: boolean;
  onCreate: (body: NewAccessKey) => Promise<boolean>;
}

/** A facilitator link for some groups, or for all of them (the lead facilitator). */
export function NewFacilitatorForm({ groups, busy, onCreate }: NewFacilitatorFormProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [label, setLabel] = useState('');
  const [lead, setLead] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!lead && chosen.size === 0) {
      setMissing(true);
      return;
    }
    const body: NewAccessKey = {
      role: 'facilitator',
      ...(label.trim() ? { label: label.trim() } : {}),
      ...(lead ? {} : { groupIds: groups.filter((group) => chosen.has(group.id)).map((group) => group.id) }),
    };
    if (await onCreate(body)) {
      setLabel('');
      setChosen(new Set());
      setLead(false);
    }
  };

  const toggle = (groupId: string, on: boolean) => {
    setMissing(false);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(groupId);
      else next.delete(groupId);
      return next;
    });
  };

  return (
    <form className="access-facilitator" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('access.facilitatorTitle')}</h3>
      <div className="field">
        <label htmlFor={labelId}>{t('access.label')}</label>
        <p className="field-hint">{t('access.labelHint')}</p>
        <input
          id={labelId}
          type="text"
          maxLength={LIMITS.maxKeyLabelLength}
          value={label}
          data-testid="facilitator-label"
          onChange={(change) => setLabel(change.target.value)}
        />
      </div>
      <fieldset>
        <legend>{t('access.groups')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={lead}
            data-testid="facilitator-lead"
            onChange={(change) => {
              setLead(change.target.checked);
              setMissing(false);
            }}
          />
          <span>{t('access.lead')}</span>
        </label>
        {!lead && (
          <div className="check-grid">
            {groups.map((group) => (
              <label key={group.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(group.id)}
                  data-testid="facilitator-group"
                  onChange={(change) => toggle(group.id, change.target.checked)}
                />
                <span>{group.name}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {missing && <p className="error" role="alert">{t('access.groupsRequired')}</p>}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="create-facilitator-link">
        {t('access.createFacilitator')}
      </button>
    </form>
  );
}
